//! Bad bytes give `Err`, never a panic or a runaway allocation.

mod common;

use common::{every_type, manifest, Rng};
use viewer_format::*;

/// A decoded chunk must be safe to read everywhere.
fn read_all(chunk: &Chunk) {
    for col in chunk.columns() {
        assert_eq!(col.len(), chunk.rows());
        for cell in col.cells() {
            let _ = cell.to_display_string();
        }
    }
}

#[test]
fn every_prefix_is_an_error() {
    let chunk = every_type().encode();
    for n in 0..chunk.len() {
        assert!(Chunk::decode(&chunk[..n]).is_err(), "chunk prefix of {n} bytes");
    }
    let m = manifest().encode();
    for n in 0..m.len() {
        assert!(Manifest::decode(&m[..n]).is_err(), "manifest prefix of {n} bytes");
    }
}

#[test]
fn trailing_bytes_are_an_error() {
    let mut bytes = every_type().encode();
    bytes.push(0);
    assert_eq!(Chunk::decode(&bytes), Err(FormatError::TrailingBytes(1)));
}

#[test]
fn other_versions_are_rejected_clearly() {
    let mut bytes = every_type().encode();
    bytes[0] = 9;
    let err = Chunk::decode(&bytes).unwrap_err();
    assert_eq!(err, FormatError::Version { found: 9, expected: viewer_format::FORMAT_VERSION });
    assert!(err.to_string().contains("format version 9"), "{err}");
    let mut m = manifest().encode();
    m.splice(0..1, [0xAC, 0x02]); // varint 300
    assert_eq!(Manifest::decode(&m), Err(FormatError::Version { found: 300, expected: viewer_format::FORMAT_VERSION }));
    assert!(matches!(Chunk::decode(&[]), Err(FormatError::Malformed(_))));
}

#[test]
fn random_bytes_never_panic() {
    let mut rng = Rng(0x5eed);
    for _ in 0..20_000 {
        let len = rng.below(64) as usize;
        let mut bytes: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
        if let Some(first) = bytes.first_mut() {
            *first = 3; // get past the version check
        }
        if let Ok(chunk) = Chunk::decode(&bytes) {
            read_all(&chunk);
        }
        let _ = Manifest::decode(&bytes);
    }
}

#[test]
fn corrupted_bytes_never_panic() {
    let good = every_type().encode();
    for i in 1..good.len() {
        for value in [0x00, 0x01, 0x07, 0x7F, 0x80, 0xFF] {
            let mut bytes = good.clone();
            bytes[i] = value;
            if let Ok(chunk) = Chunk::decode(&bytes) {
                read_all(&chunk);
            }
        }
    }
}

#[test]
fn hostile_sizes_are_refused_before_allocating() {
    // version 1, first_row 0, rows (varint), columns, then per column:
    // Integer, validity None, Packed { delta: false, base: 0, width: 0, no bytes }.
    let hostile = |rows: &[u8], columns: u8| {
        let mut bytes = vec![viewer_format::FORMAT_VERSION as u8, 0];
        bytes.extend_from_slice(rows);
        bytes.push(columns);
        (0..columns).for_each(|_| bytes.extend_from_slice(&[0, 1, 0, 0, 0, 0]));
        Chunk::decode(&bytes)
    };
    let max_rows = [0x80, 0x80, 0x04]; // 65_536
    assert_eq!(hostile(&max_rows, 1).map(|c| c.rows()), Ok(65_536));
    assert!(matches!(hostile(&[0x81, 0x80, 0x04], 1), Err(FormatError::TooLarge { rows: 65_537, .. })));
    assert!(matches!(hostile(&max_rows, 65), Err(FormatError::TooLarge { columns: 65, .. })));
    assert!(matches!(hostile(&[5], 0), Err(FormatError::Invalid(_))), "rows without columns");
}
