//! A chunk of rows: column-oriented, checked on construction and on decode.

use crate::wire::{from_wire, to_wire, WireChunk};
use crate::{decode_versioned, encode_versioned, Cell, ColumnData, FormatError, MAX_CHUNK_CELLS, MAX_CHUNK_ROWS};

/// Consecutive rows of a table, one [`ColumnData`] per column, all of the
/// same length. Built with [`Chunk::new`] or [`Chunk::decode`], both of which
/// check that invariant.
#[derive(Debug, Clone, PartialEq)]
pub struct Chunk {
    first_row: u64,
    rows: u32,
    columns: Vec<ColumnData>,
}

impl Chunk {
    /// A chunk starting at table row `first_row`. Errs if the columns differ
    /// in length or are inconsistent ([`ColumnData::check`]), or if the chunk
    /// is over [`MAX_CHUNK_ROWS`] rows or [`MAX_CHUNK_CELLS`] cells.
    pub fn new(first_row: u64, columns: Vec<ColumnData>) -> Result<Self, FormatError> {
        let rows = match columns.first() {
            Some(col) => col.check()?,
            None => 0,
        };
        for (i, col) in columns.iter().enumerate().skip(1) {
            let found = col.check()?;
            if found != rows {
                return Err(FormatError::ColumnLength { column: i, expected: rows, found });
            }
        }
        check_size(rows, columns.len())?;
        if first_row.checked_add(rows as u64).is_none() {
            return Err(FormatError::Invalid(format!("first row {first_row} + {rows} rows overflows")));
        }
        Ok(Self { first_row, rows: rows as u32, columns })
    }

    /// Table row number of this chunk's first row.
    pub fn first_row(&self) -> u64 {
        self.first_row
    }

    /// Number of rows.
    pub fn rows(&self) -> usize {
        self.rows as usize
    }

    /// The table rows this chunk holds.
    pub fn row_range(&self) -> core::ops::Range<u64> {
        self.first_row..self.first_row + u64::from(self.rows)
    }

    /// The columns, in schema order.
    pub fn columns(&self) -> &[ColumnData] {
        &self.columns
    }

    /// Column `i`.
    pub fn column(&self, i: usize) -> Option<&ColumnData> {
        self.columns.get(i)
    }

    /// The columns, taken out.
    pub fn into_columns(self) -> Vec<ColumnData> {
        self.columns
    }

    /// The cell at chunk row `row` of column `col`; [`Cell::Null`] out of range.
    pub fn cell(&self, row: usize, col: usize) -> Cell<'_> {
        self.columns.get(col).map_or(Cell::Null, |c| c.cell(row))
    }

    /// The bytes to write: the format version, then the chunk. The same chunk
    /// always gives the same bytes.
    pub fn encode(&self) -> Vec<u8> {
        encode_versioned(&WireChunk {
            first_row: self.first_row,
            rows: self.rows,
            columns: self.columns.iter().map(to_wire).collect(),
        })
    }

    /// Reads bytes written by [`Chunk::encode`]. Null rows come back with
    /// placeholder values (0, `false`, code 0) whatever they held before.
    pub fn decode(bytes: &[u8]) -> Result<Self, FormatError> {
        let wire: WireChunk = decode_versioned(bytes)?;
        let rows = wire.rows as usize;
        check_size(rows, wire.columns.len())?;
        if wire.columns.is_empty() && rows != 0 {
            return Err(FormatError::Invalid(format!("{rows} rows but no columns")));
        }
        let columns = wire.columns.into_iter().map(|c| from_wire(c, rows)).collect::<Result<_, _>>()?;
        Self::new(wire.first_row, columns)
    }
}

fn check_size(rows: usize, columns: usize) -> Result<(), FormatError> {
    if rows > MAX_CHUNK_ROWS || rows.saturating_mul(columns) > MAX_CHUNK_CELLS {
        return Err(FormatError::TooLarge { rows, columns });
    }
    Ok(())
}
