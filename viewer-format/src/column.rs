//! A column of one chunk, decoded: values by row, a validity bitmap, reading helpers.

use crate::{Bitmap, Cell, ColumnType, FormatError};

/// One column of a chunk. Every variant holds one entry per row; a row whose
/// `valid` bit is clear is null and its entry is a placeholder (0, `false`,
/// code 0). Strings are dictionary-encoded, `dict` in first-appearance order.
#[derive(Debug, Clone, PartialEq)]
pub enum ColumnData {
    Integer { values: Vec<i64>, valid: Bitmap },
    Number { values: Vec<f64>, valid: Bitmap },
    Boolean { values: Bitmap, valid: Bitmap },
    /// Days since 1970-01-01.
    Date { days: Vec<i32>, valid: Bitmap },
    /// Milliseconds since the epoch, UTC.
    DateTime { ms: Vec<i64>, valid: Bitmap },
    String { dict: Vec<String>, codes: Vec<u32>, valid: Bitmap },
}

impl ColumnData {
    /// Number of rows.
    pub fn len(&self) -> usize {
        self.valid().len()
    }

    /// Whether the column has no rows.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The column's type.
    pub fn ty(&self) -> ColumnType {
        match self {
            ColumnData::Integer { .. } => ColumnType::Integer,
            ColumnData::Number { .. } => ColumnType::Number,
            ColumnData::Boolean { .. } => ColumnType::Boolean,
            ColumnData::Date { .. } => ColumnType::Date,
            ColumnData::DateTime { .. } => ColumnType::DateTime,
            ColumnData::String { .. } => ColumnType::String,
        }
    }

    /// Which rows hold a value.
    pub fn valid(&self) -> &Bitmap {
        match self {
            ColumnData::Integer { valid, .. }
            | ColumnData::Number { valid, .. }
            | ColumnData::Boolean { valid, .. }
            | ColumnData::Date { valid, .. }
            | ColumnData::DateTime { valid, .. }
            | ColumnData::String { valid, .. } => valid,
        }
    }

    /// Number of null rows.
    pub fn null_count(&self) -> usize {
        self.len() - self.valid().count_ones()
    }

    /// The value of row `i` (0-based within the chunk); [`Cell::Null`] for a
    /// null row and past the end. Never panics.
    pub fn cell(&self, i: usize) -> Cell<'_> {
        if !self.valid().get(i) {
            return Cell::Null;
        }
        let cell = match self {
            ColumnData::Integer { values, .. } => values.get(i).map(|v| Cell::Int(*v)),
            ColumnData::Number { values, .. } => values.get(i).map(|v| Cell::Num(*v)),
            ColumnData::Boolean { values, .. } => Some(Cell::Bool(values.get(i))),
            ColumnData::Date { days, .. } => days.get(i).map(|v| Cell::Date(*v)),
            ColumnData::DateTime { ms, .. } => ms.get(i).map(|v| Cell::DateTime(*v)),
            ColumnData::String { dict, codes, .. } => {
                codes.get(i).and_then(|c| dict.get(*c as usize)).map(|s| Cell::Str(s))
            }
        };
        cell.unwrap_or(Cell::Null)
    }

    /// All cells in row order.
    pub fn cells(&self) -> impl Iterator<Item = Cell<'_>> + '_ {
        (0..self.len()).map(|i| self.cell(i))
    }

    /// Checks that the values match the validity bitmap in length and that
    /// every valid string code is inside the dictionary; returns the row count.
    pub fn check(&self) -> Result<usize, FormatError> {
        let rows = self.len();
        let values = match self {
            ColumnData::Integer { values, .. } => values.len(),
            ColumnData::Number { values, .. } => values.len(),
            ColumnData::Boolean { values, .. } => values.len(),
            ColumnData::Date { days, .. } => days.len(),
            ColumnData::DateTime { ms, .. } => ms.len(),
            ColumnData::String { codes, .. } => codes.len(),
        };
        if values != rows {
            return Err(FormatError::Invalid(format!(
                "{} column has {values} values but {rows} validity bits",
                self.ty().key()
            )));
        }
        if let ColumnData::String { dict, codes, valid } = self {
            let n = dict.len();
            if valid.count_ones() == valid.len() && codes.iter().all(|c| (*c as usize) < n) {
                return Ok(rows);
            }
            let bad = codes.iter().enumerate().find(|(i, c)| valid.get(*i) && **c as usize >= n);
            if let Some((row, code)) = bad {
                return Err(FormatError::Invalid(format!(
                    "row {row} has string code {code}, the dictionary has {} entries",
                    dict.len()
                )));
            }
        }
        Ok(rows)
    }
}
