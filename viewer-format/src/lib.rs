//! The bytes the Kaifang generator writes and its WASM viewer reads: one
//! manifest per table, then row chunks fetched on demand. One definition
//! (serde derive + postcard) gives both the encoder and the decoder.
//!
//! # Layout
//!
//! ```text
//! <table>.kfm             Manifest: rows, schema + column stats, chunk list, and
//!                         the first chunk's bytes (FIRST_CHUNK_ROWS rows) so the
//!                         first rows come with it. Small, unhashed name, fetched first.
//! c-3f2a9b1c0d4e5f60.kfc  Chunk: up to MAX_CHUNK_ROWS consecutive rows, by column.
//!                         Named by content hash (chunk_file_name), so cacheable forever.
//!                         The first is small; the others aim at DEFAULT_MAX_CHUNK_BYTES.
//! ```
//!
//! Every file starts with [`FORMAT_VERSION`] as a postcard varint `u16`; decode
//! reads it before anything else and fails with [`FormatError::Version`] on any
//! other value. The version is not a struct field: `encode` writes it and
//! `decode` checks it, so a decoded value is always current.
//!
//! **Versioning rule:** any change to the bytes — a field added, removed or
//! reordered, an enum variant added, an encoding changed — bumps
//! `FORMAT_VERSION`. Site and viewer come from one build, so old versions are
//! rejected, never read.
//!
//! # Encoding
//!
//! postcard for the structure: integers as varints (signed ones zigzag),
//! strings as length + UTF-8, enums as a varint variant index. The bulk of a
//! chunk column is one byte string per array, so the viewer decodes it with a
//! copy and a widening loop rather than a varint per value:
//!
//! - validity as `All` or `None` (1 byte) or a bitmap (LSB first);
//! - the values of valid rows only; on decode null rows get a placeholder
//!   (0, `false`, code 0);
//! - integers, dates, datetimes and string codes as fixed-width offsets from
//!   the smallest value (0–64 bits each, the fewest that hold the range,
//!   packed LSB-first), or — when narrower — the first value and then the
//!   differences between neighbours packed the same way (sorted dates cost a
//!   bit or two each; twenty station names five bits);
//! - numbers as 8-byte little-endian floats, or, when every value is exactly
//!   `m / 10^k` (k ≤ 9, checked bit for bit), as integer mantissas `m` packed
//!   as above: amounts with two decimals under 100,000 cost 3–4 bytes;
//! - booleans as a bitmap; strings as a dictionary in first-appearance order
//!   plus codes, or no codes at all when every value is distinct.
//!
//! Each choice is a pure function of the values, so the same chunk always
//! encodes to the same bytes.
//!
//! **NaN:** [`NumberBuilder::push`] stores NaN as null (no sort, stats or
//! display questions downstream). A NaN put into [`ColumnData::Number`]
//! directly round-trips bit for bit; ±∞ always do.
//!
//! **Limits:** a chunk holds at most [`MAX_CHUNK_ROWS`] rows and
//! [`MAX_CHUNK_CELLS`] cells, checked by [`Chunk::new`] and [`Chunk::decode`],
//! so hostile bytes cannot make decode allocate more than ~32 MB. Truncated or
//! garbage bytes give an `Err`, never a panic.

mod bitmap;
mod build;
mod cell;
mod chunk;
mod column;
pub mod date;
mod error;
mod manifest;
pub mod search;
pub mod strings;
mod wire;

pub use bitmap::Bitmap;
pub use build::{
    BooleanBuilder, ColumnBuilder, DateBuilder, DateTimeBuilder, IntegerBuilder, NumberBuilder, StringBuilder,
};
pub use cell::Cell;
pub use chunk::Chunk;
pub use column::ColumnData;
pub use error::FormatError;
pub use manifest::{chunk_file_name, ChunkRef, ColumnMeta, ColumnStats, ColumnType, Manifest, Scalar};

/// The version every encoded manifest and chunk starts with.
pub const FORMAT_VERSION: u16 = 5;

/// The chunk size [`rows_per_chunk`] aims under, before compression: large,
/// so a million-row table is a few dozen requests (the viewer fetches them
/// in parallel after the first).
pub const DEFAULT_MAX_CHUNK_BYTES: usize = 2 * 1024 * 1024;

/// Rows of a table's first chunk: a page or two, so the first rows show
/// before the big chunks arrive.
pub const FIRST_CHUNK_ROWS: usize = 100;

/// Rows on a page of the viewer's table, and so in the page's static table
/// (the viewer upgrades that table in place: the first page is already there).
pub const PAGE_ROWS: usize = 50;

/// A text column with at most this many distinct values is a category: the
/// generator's profile lists every value ([`ColumnStats::top`]), and the
/// viewer filters it with a pick-list of them.
pub const MAX_CATEGORIES: usize = 40;

/// Most rows one chunk may hold.
pub const MAX_CHUNK_ROWS: usize = 65_536;

/// Most cells (rows × columns) one chunk may hold.
pub const MAX_CHUNK_CELLS: usize = 1 << 22;

/// File extension of a chunk.
pub const CHUNK_EXT: &str = "kfc";

/// File extension of a manifest.
pub const MANIFEST_EXT: &str = "kfm";

/// Rows per chunk for rows of about `approx_row_bytes` encoded bytes, so a
/// chunk stays under `max_chunk_bytes`: between 1 and [`MAX_CHUNK_ROWS`].
/// With the default budget the cell limit is never hit while
/// `approx_row_bytes` ≥ columns / 16.
pub fn rows_per_chunk(approx_row_bytes: usize, max_chunk_bytes: usize) -> usize {
    (max_chunk_bytes / approx_row_bytes.max(1)).clamp(1, MAX_CHUNK_ROWS)
}

fn encode_versioned<T: serde::Serialize>(body: &T) -> Vec<u8> {
    postcard::to_allocvec(&(FORMAT_VERSION, body)).expect("postcard cannot fail on in-memory data of known length")
}

fn decode_versioned<T: serde::de::DeserializeOwned>(bytes: &[u8]) -> Result<T, FormatError> {
    let (found, _) = postcard::take_from_bytes::<u16>(bytes)?;
    if found != FORMAT_VERSION {
        return Err(FormatError::Version { found, expected: FORMAT_VERSION });
    }
    let ((_, body), rest) = postcard::take_from_bytes::<(u16, T)>(bytes)?;
    if !rest.is_empty() {
        return Err(FormatError::TrailingBytes(rest.len()));
    }
    Ok(body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_per_chunk_is_bounded() {
        assert_eq!(rows_per_chunk(64, DEFAULT_MAX_CHUNK_BYTES), 32_768);
        assert_eq!(rows_per_chunk(0, DEFAULT_MAX_CHUNK_BYTES), MAX_CHUNK_ROWS);
        assert_eq!(rows_per_chunk(1, usize::MAX), MAX_CHUNK_ROWS);
        assert_eq!(rows_per_chunk(4 << 20, DEFAULT_MAX_CHUNK_BYTES), 1);
        assert_eq!(rows_per_chunk(100, 0), 1);
    }

    #[test]
    fn column_type_keys() {
        let keys: Vec<_> = ColumnType::ALL.iter().map(ColumnType::key).collect();
        assert_eq!(keys, ["integer", "number", "boolean", "date", "datetime", "string"]);
        assert!(ColumnType::ALL.iter().all(|t| ColumnType::from_key(t.key()) == Some(*t)));
        assert_eq!(ColumnType::from_key("year"), None);
    }

    #[test]
    fn chunk_file_names() {
        let digest = [0x3f, 0x2a, 0x9b, 0x1c, 0x0d, 0x4e, 0x5f, 0x60, 0xff];
        assert_eq!(chunk_file_name(&digest), "c-3f2a9b1c0d4e5f60.kfc");
    }
}
