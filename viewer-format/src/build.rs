//! Generator-side builders: push values and nulls row by row, then `finish`.

use std::collections::HashMap;

use crate::{Bitmap, Cell, ColumnData, ColumnType, FormatError};

macro_rules! builder {
    ($(#[$doc:meta])* $name:ident, $t:ty, $variant:ident, $field:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Default)]
        pub struct $name {
            values: Vec<$t>,
            valid: Bitmap,
        }

        impl $name {
            pub fn new() -> Self {
                Self::default()
            }

            pub fn with_capacity(rows: usize) -> Self {
                Self { values: Vec::with_capacity(rows), valid: Bitmap::with_capacity(rows) }
            }

            pub fn push_null(&mut self) {
                self.values.push(<$t>::default());
                self.valid.push(false);
            }

            pub fn push_opt(&mut self, value: Option<$t>) {
                match value {
                    Some(v) => self.push(v),
                    None => self.push_null(),
                }
            }

            pub fn len(&self) -> usize {
                self.valid.len()
            }

            pub fn is_empty(&self) -> bool {
                self.valid.is_empty()
            }

            pub fn finish(self) -> ColumnData {
                ColumnData::$variant { $field: self.values, valid: self.valid }
            }
        }

        impl FromIterator<Option<$t>> for $name {
            fn from_iter<I: IntoIterator<Item = Option<$t>>>(iter: I) -> Self {
                let iter = iter.into_iter();
                let mut b = Self::with_capacity(iter.size_hint().0);
                iter.for_each(|v| b.push_opt(v));
                b
            }
        }
    };
}

builder!(
    /// Builds an `integer` column.
    IntegerBuilder, i64, Integer, values
);
builder!(
    /// Builds a `number` column. NaN is stored as null (see the crate docs).
    NumberBuilder, f64, Number, values
);
builder!(
    /// Builds a `date` column of days since 1970-01-01.
    DateBuilder, i32, Date, days
);
builder!(
    /// Builds a `datetime` column of milliseconds since the epoch, UTC.
    DateTimeBuilder, i64, DateTime, ms
);

impl IntegerBuilder {
    pub fn push(&mut self, value: i64) {
        self.values.push(value);
        self.valid.push(true);
    }
}

impl NumberBuilder {
    /// Pushes `value`, or a null if it is NaN.
    pub fn push(&mut self, value: f64) {
        if value.is_nan() {
            return self.push_null();
        }
        self.values.push(value);
        self.valid.push(true);
    }
}

impl DateBuilder {
    pub fn push(&mut self, days: i32) {
        self.values.push(days);
        self.valid.push(true);
    }
}

impl DateTimeBuilder {
    pub fn push(&mut self, ms: i64) {
        self.values.push(ms);
        self.valid.push(true);
    }
}

/// Builds a `boolean` column.
#[derive(Debug, Clone, Default)]
pub struct BooleanBuilder {
    values: Bitmap,
    valid: Bitmap,
}

impl BooleanBuilder {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn with_capacity(rows: usize) -> Self {
        Self { values: Bitmap::with_capacity(rows), valid: Bitmap::with_capacity(rows) }
    }

    pub fn push(&mut self, value: bool) {
        self.values.push(value);
        self.valid.push(true);
    }

    pub fn push_null(&mut self) {
        self.values.push(false);
        self.valid.push(false);
    }

    pub fn push_opt(&mut self, value: Option<bool>) {
        match value {
            Some(v) => self.push(v),
            None => self.push_null(),
        }
    }

    pub fn len(&self) -> usize {
        self.valid.len()
    }

    pub fn is_empty(&self) -> bool {
        self.valid.is_empty()
    }

    pub fn finish(self) -> ColumnData {
        ColumnData::Boolean { values: self.values, valid: self.valid }
    }
}

impl FromIterator<Option<bool>> for BooleanBuilder {
    fn from_iter<I: IntoIterator<Item = Option<bool>>>(iter: I) -> Self {
        let iter = iter.into_iter();
        let mut b = Self::with_capacity(iter.size_hint().0);
        iter.for_each(|v| b.push_opt(v));
        b
    }
}

/// Builds a `string` column, dictionary-encoded in first-appearance order.
#[derive(Debug, Clone, Default)]
pub struct StringBuilder {
    dict: Vec<String>,
    index: HashMap<String, u32>,
    codes: Vec<u32>,
    valid: Bitmap,
}

impl StringBuilder {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn with_capacity(rows: usize) -> Self {
        Self { codes: Vec::with_capacity(rows), valid: Bitmap::with_capacity(rows), ..Self::default() }
    }

    pub fn push(&mut self, value: &str) {
        let code = match self.index.get(value) {
            Some(code) => *code,
            None => {
                let code = self.dict.len() as u32;
                self.dict.push(value.to_owned());
                self.index.insert(value.to_owned(), code);
                code
            }
        };
        self.codes.push(code);
        self.valid.push(true);
    }

    pub fn push_null(&mut self) {
        self.codes.push(0);
        self.valid.push(false);
    }

    pub fn push_opt(&mut self, value: Option<&str>) {
        match value {
            Some(v) => self.push(v),
            None => self.push_null(),
        }
    }

    pub fn len(&self) -> usize {
        self.valid.len()
    }

    pub fn is_empty(&self) -> bool {
        self.valid.is_empty()
    }

    pub fn finish(self) -> ColumnData {
        ColumnData::String { dict: self.dict, codes: self.codes, valid: self.valid }
    }
}

impl<S: AsRef<str>> FromIterator<Option<S>> for StringBuilder {
    fn from_iter<I: IntoIterator<Item = Option<S>>>(iter: I) -> Self {
        let iter = iter.into_iter();
        let mut b = Self::with_capacity(iter.size_hint().0);
        iter.for_each(|v| b.push_opt(v.as_ref().map(AsRef::as_ref)));
        b
    }
}

/// Any of the typed builders, chosen by [`ColumnType`] at run time.
#[derive(Debug, Clone)]
pub enum ColumnBuilder {
    Integer(IntegerBuilder),
    Number(NumberBuilder),
    Boolean(BooleanBuilder),
    Date(DateBuilder),
    DateTime(DateTimeBuilder),
    String(StringBuilder),
}

impl ColumnBuilder {
    pub fn new(ty: ColumnType) -> Self {
        match ty {
            ColumnType::Integer => Self::Integer(IntegerBuilder::new()),
            ColumnType::Number => Self::Number(NumberBuilder::new()),
            ColumnType::Boolean => Self::Boolean(BooleanBuilder::new()),
            ColumnType::Date => Self::Date(DateBuilder::new()),
            ColumnType::DateTime => Self::DateTime(DateTimeBuilder::new()),
            ColumnType::String => Self::String(StringBuilder::new()),
        }
    }

    pub fn push_null(&mut self) {
        match self {
            Self::Integer(b) => b.push_null(),
            Self::Number(b) => b.push_null(),
            Self::Boolean(b) => b.push_null(),
            Self::Date(b) => b.push_null(),
            Self::DateTime(b) => b.push_null(),
            Self::String(b) => b.push_null(),
        }
    }

    /// Pushes a cell of the builder's type, or a null; errs on another type.
    pub fn push(&mut self, cell: Cell<'_>) -> Result<(), FormatError> {
        match (self, cell) {
            (b, Cell::Null) => b.push_null(),
            (Self::Integer(b), Cell::Int(v)) => b.push(v),
            (Self::Number(b), Cell::Num(v)) => b.push(v),
            (Self::Boolean(b), Cell::Bool(v)) => b.push(v),
            (Self::Date(b), Cell::Date(v)) => b.push(v),
            (Self::DateTime(b), Cell::DateTime(v)) => b.push(v),
            (Self::String(b), Cell::Str(v)) => b.push(v),
            (_, cell) => return Err(FormatError::Invalid(format!("cannot push {cell:?} to this column"))),
        }
        Ok(())
    }

    pub fn finish(self) -> ColumnData {
        match self {
            Self::Integer(b) => b.finish(),
            Self::Number(b) => b.finish(),
            Self::Boolean(b) => b.finish(),
            Self::Date(b) => b.finish(),
            Self::DateTime(b) => b.finish(),
            Self::String(b) => b.finish(),
        }
    }
}
