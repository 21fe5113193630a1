//! The whole table for the WASM viewer: a small manifest and row chunks of
//! bounded size with content-hashed names (`viewer-format` owns the bytes).

use anyhow::Result;
use polars::prelude::*;
use sha2::{Digest, Sha256};
use std::path::Path;
use viewer_format::{
    chunk_file_name, rows_per_chunk, BooleanBuilder, Chunk, ChunkRef, ColumnData, ColumnMeta, DateBuilder, DateTimeBuilder, IntegerBuilder, Manifest,
    NumberBuilder, StringBuilder, DEFAULT_MAX_CHUNK_BYTES, FIRST_CHUNK_ROWS,
};

pub const MANIFEST_FILE: &str = "manifest.kfm";

fn column(s: &Series) -> PolarsResult<ColumnData> {
    Ok(match s.dtype() {
        DataType::Int64 => s.i64()?.iter().collect::<IntegerBuilder>().finish(),
        DataType::Float64 => s.f64()?.iter().collect::<NumberBuilder>().finish(),
        DataType::Boolean => s.bool()?.iter().collect::<BooleanBuilder>().finish(),
        DataType::Date => s.to_physical_repr().i32()?.iter().collect::<DateBuilder>().finish(),
        DataType::Datetime(_, _) => s.to_physical_repr().i64()?.iter().collect::<DateTimeBuilder>().finish(),
        _ => s.str()?.iter().collect::<StringBuilder>().finish(),
    })
}

/// Writes the manifest and the chunks into `dir`; returns the chunk file names.
/// The first chunk holds [`FIRST_CHUNK_ROWS`] rows, so the viewer shows rows
/// as soon as that small file is in; the rest are as large as
/// [`DEFAULT_MAX_CHUNK_BYTES`] allows, measured on an encoded sample, so a big
/// table is a few requests the viewer makes in parallel.
pub fn write(df: &DataFrame, columns: Vec<ColumnMeta>, dir: &Path) -> Result<Vec<String>> {
    std::fs::create_dir_all(dir)?;
    let rows = df.height();
    let encode = |start: usize, len: usize| -> Result<Vec<u8>> {
        let part = df.slice(start as i64, len);
        let cols = part.columns().iter().map(|c| column(c.as_materialized_series())).collect::<PolarsResult<Vec<_>>>()?;
        Ok(Chunk::new(start as u64, cols)?.encode())
    };
    let mut refs = Vec::new();
    let mut write_chunk = |start: usize, len: usize, bytes: Vec<u8>| -> Result<()> {
        let file = chunk_file_name(&Sha256::digest(&bytes));
        std::fs::write(dir.join(&file), &bytes)?;
        refs.push(ChunkRef { file, first_row: start as u64, rows: len as u32, bytes: bytes.len() as u32 });
        Ok(())
    };
    let first = rows.min(FIRST_CHUNK_ROWS);
    let mut head = Vec::new();
    if first > 0 {
        head = encode(0, first)?;
        write_chunk(0, first, head.clone())?;
    }
    let mut start = first;
    if start < rows {
        let sample = (rows - start).min(8192);
        let sample_bytes = encode(start, sample)?;
        let approx_row_bytes = sample_bytes.len().div_ceil(sample).max(1);
        let per_chunk = rows_per_chunk(approx_row_bytes, DEFAULT_MAX_CHUNK_BYTES);
        while start < rows {
            let len = per_chunk.min(rows - start);
            let bytes = if start == first && len == sample { sample_bytes.clone() } else { encode(start, len)? };
            write_chunk(start, len, bytes)?;
            start += len;
        }
    }
    let names = refs.iter().map(|r| r.file.clone()).collect();
    let manifest = Manifest { rows: rows as u64, columns, chunks: refs, head };
    std::fs::write(dir.join(MANIFEST_FILE), manifest.encode())?;
    Ok(names)
}

#[cfg(test)]
mod tests {
    use super::*;
    use viewer_format::{Cell, ColumnStats, ColumnType};

    #[test]
    fn the_generators_chunks_decode_back_to_the_table() {
        let n = 200_000;
        let df = DataFrame::new(
            n,
            vec![
                Series::new("id".into(), (0..n as i64).collect::<Vec<_>>()).into_column(),
                Series::new("station".into(), (0..n).map(|i| ["市站", "北站", "东站"][i % 3]).collect::<Vec<_>>()).into_column(),
                Series::new("aqi".into(), (0..n).map(|i| if i % 7 == 0 { None } else { Some(i as f64 / 4.0) }).collect::<Vec<_>>()).into_column(),
            ],
        )
        .unwrap();
        let metas = ["id", "station", "aqi"]
            .iter()
            .zip([ColumnType::Integer, ColumnType::String, ColumnType::Number])
            .map(|(n, ty)| ColumnMeta { name: (*n).into(), ty, stats: ColumnStats::default() })
            .collect();
        let dir = tempfile::tempdir().unwrap();
        let files = write(&df, metas, dir.path()).unwrap();
        assert!(files.len() > 2, "a 200,000-row table is split");
        let m = Manifest::decode(&std::fs::read(dir.path().join(MANIFEST_FILE)).unwrap()).unwrap();
        assert_eq!(m.rows, n as u64);
        assert_eq!(m.chunks[0].rows as usize, FIRST_CHUNK_ROWS, "a small first chunk");
        assert_eq!(m.head, std::fs::read(dir.path().join(&m.chunks[0].file)).unwrap(), "inlined in the manifest");
        let mut seen = 0;
        for r in &m.chunks {
            let bytes = std::fs::read(dir.path().join(&r.file)).unwrap();
            assert!(bytes.len() <= DEFAULT_MAX_CHUNK_BYTES * 2, "chunk of {} bytes", bytes.len());
            let c = Chunk::decode(&bytes).unwrap();
            for i in 0..c.rows() {
                let row = seen + i;
                assert_eq!(c.cell(i, 0), Cell::Int(row as i64));
                assert_eq!(c.cell(i, 1), Cell::Str(["市站", "北站", "东站"][row % 3]));
                let want = if row % 7 == 0 { Cell::Null } else { Cell::Num(row as f64 / 4.0) };
                assert_eq!(c.cell(i, 2), want);
            }
            seen += c.rows();
        }
        assert_eq!(seen, n);
    }
}
