//! The table's manifest: schema, column statistics and where the row chunks are.

use serde::{Deserialize, Serialize};

use crate::{decode_versioned, encode_versioned, Cell, FormatError, MAX_CHUNK_ROWS};

/// A column's type, named as in the Frictionless Table Schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ColumnType {
    Integer,
    Number,
    Boolean,
    Date,
    DateTime,
    String,
}

impl ColumnType {
    /// Every type, in wire order.
    pub const ALL: [ColumnType; 6] = [
        ColumnType::Integer,
        ColumnType::Number,
        ColumnType::Boolean,
        ColumnType::Date,
        ColumnType::DateTime,
        ColumnType::String,
    ];

    /// The Table Schema name: `integer`, `number`, `boolean`, `date`, `datetime`, `string`.
    pub fn key(&self) -> &'static str {
        match self {
            ColumnType::Integer => "integer",
            ColumnType::Number => "number",
            ColumnType::Boolean => "boolean",
            ColumnType::Date => "date",
            ColumnType::DateTime => "datetime",
            ColumnType::String => "string",
        }
    }

    /// The type named `key` (see [`ColumnType::key`]).
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.key() == key)
    }
}

/// A single typed value, for statistics.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Scalar {
    Int(i64),
    Num(f64),
    Bool(bool),
    /// Days since 1970-01-01.
    Date(i32),
    /// Milliseconds since the epoch, UTC.
    DateTime(i64),
    Str(String),
}

impl Scalar {
    /// The value as a [`Cell`], to display or compare like table cells.
    pub fn as_cell(&self) -> Cell<'_> {
        match *self {
            Scalar::Int(v) => Cell::Int(v),
            Scalar::Num(v) => Cell::Num(v),
            Scalar::Bool(v) => Cell::Bool(v),
            Scalar::Date(v) => Cell::Date(v),
            Scalar::DateTime(v) => Cell::DateTime(v),
            Scalar::Str(ref s) => Cell::Str(s),
        }
    }
}

/// Statistics over a whole column, computed by the generator.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ColumnStats {
    pub nulls: u64,
    pub distinct: u64,
    pub min: Option<Scalar>,
    pub max: Option<Scalar>,
    pub mean: Option<f64>,
    /// Most frequent values with their counts, for text and category columns.
    pub top: Vec<(String, u64)>,
}

/// One column of the schema.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ColumnMeta {
    pub name: String,
    pub ty: ColumnType,
    pub stats: ColumnStats,
}

/// Where one chunk of rows lives.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChunkRef {
    /// File name next to the manifest, content-hashed: see [`chunk_file_name`].
    pub file: String,
    pub first_row: u64,
    pub rows: u32,
    /// Size of the file in bytes.
    pub bytes: u32,
}

impl ChunkRef {
    /// The rows this chunk holds, as table row numbers.
    pub fn row_range(&self) -> core::ops::Range<u64> {
        self.first_row..self.first_row.saturating_add(u64::from(self.rows))
    }
}

/// `c-<16 hex digits>.kfc`, from the first 8 bytes of a content digest
/// (e.g. SHA-256 of the encoded chunk).
pub fn chunk_file_name(digest: &[u8]) -> String {
    let mut name = String::from("c-");
    for b in digest.iter().take(8) {
        name.push(char::from(b"0123456789abcdef"[usize::from(b >> 4)]));
        name.push(char::from(b"0123456789abcdef"[usize::from(b & 15)]));
    }
    name.push_str(".kfc");
    name
}

/// The first file the viewer fetches for a table: schema, statistics, chunks.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    pub rows: u64,
    pub columns: Vec<ColumnMeta>,
    /// In row order, contiguous from row 0, covering all `rows`.
    pub chunks: Vec<ChunkRef>,
    /// The first chunk's bytes again (as [`Chunk::encode`](crate::Chunk::encode)
    /// wrote them), so the first rows arrive with the manifest, or empty.
    /// Small: the generator makes the first chunk a hundred rows.
    pub head: Vec<u8>,
}

impl Manifest {
    /// The bytes to write: the format version, then the manifest.
    pub fn encode(&self) -> Vec<u8> {
        encode_versioned(self)
    }

    /// Reads bytes written by [`Manifest::encode`] and checks them ([`Manifest::check`]).
    pub fn decode(bytes: &[u8]) -> Result<Self, FormatError> {
        let manifest: Self = decode_versioned(bytes)?;
        manifest.check()?;
        Ok(manifest)
    }

    /// Checks that the chunks are contiguous from row 0, cover exactly `rows`,
    /// and each hold at most [`MAX_CHUNK_ROWS`](crate::MAX_CHUNK_ROWS) rows.
    pub fn check(&self) -> Result<(), FormatError> {
        let mut next = 0u64;
        for (i, chunk) in self.chunks.iter().enumerate() {
            if chunk.first_row != next {
                return Err(FormatError::Invalid(format!(
                    "chunk {i} starts at row {}, expected {next}",
                    chunk.first_row
                )));
            }
            if chunk.rows as usize > MAX_CHUNK_ROWS {
                return Err(FormatError::TooLarge { rows: chunk.rows as usize, columns: self.columns.len() });
            }
            next += u64::from(chunk.rows);
        }
        if next != self.rows {
            return Err(FormatError::Invalid(format!("chunks hold {next} rows, the table has {}", self.rows)));
        }
        Ok(())
    }

    /// Index into `chunks` of the chunk holding table row `row`.
    pub fn chunk_for_row(&self, row: u64) -> Option<usize> {
        let i = self.chunks.partition_point(|c| c.row_range().end <= row);
        self.chunks.get(i).filter(|c| c.row_range().contains(&row)).map(|_| i)
    }

    /// The column named `name`.
    pub fn column_index(&self, name: &str) -> Option<usize> {
        self.columns.iter().position(|c| c.name == name)
    }
}
