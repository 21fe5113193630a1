//! The one error type of decoding and of the generator-side builders.

use core::fmt;

/// Why bytes could not be decoded, or why a chunk or manifest is inconsistent.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum FormatError {
    /// The bytes were written in another format version.
    Version { found: u16, expected: u16 },
    /// The bytes do not parse (truncated, corrupted, or not this format).
    Malformed(String),
    /// The value parsed but bytes are left over.
    TrailingBytes(usize),
    /// A column's row count differs from the chunk's.
    ColumnLength { column: usize, expected: usize, found: usize },
    /// More rows or cells than one chunk may hold.
    TooLarge { rows: usize, columns: usize },
    /// Parsed, but breaks an invariant (e.g. a string code past the dictionary).
    Invalid(String),
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FormatError::Version { found, expected } => write!(
                f,
                "table data is in format version {found}, this viewer reads version {expected}; \
                 the site and the viewer come from different builds"
            ),
            FormatError::Malformed(why) => write!(f, "table data is malformed: {why}"),
            FormatError::TrailingBytes(n) => write!(f, "table data has {n} unexpected trailing bytes"),
            FormatError::ColumnLength { column, expected, found } => {
                write!(f, "column {column} has {found} rows, expected {expected}")
            }
            FormatError::TooLarge { rows, columns } => write!(
                f,
                "a chunk of {rows} rows × {columns} columns exceeds the limit of {} rows and {} cells",
                crate::MAX_CHUNK_ROWS,
                crate::MAX_CHUNK_CELLS
            ),
            FormatError::Invalid(why) => write!(f, "table data is inconsistent: {why}"),
        }
    }
}

impl std::error::Error for FormatError {}

impl From<postcard::Error> for FormatError {
    fn from(e: postcard::Error) -> Self {
        FormatError::Malformed(e.to_string())
    }
}
