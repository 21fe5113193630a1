//! Encode → decode gives back the same value, for every column type and edge case.

mod common;

use common::{every_type, manifest, Rng};
use viewer_format::*;

fn round_trip(chunk: &Chunk) -> Chunk {
    let back = Chunk::decode(&chunk.encode()).expect("decodes");
    assert_eq!(&back, chunk);
    back
}

#[test]
fn manifest_round_trips() {
    let m = manifest();
    let bytes = m.encode();
    assert_eq!(u16::from(bytes[0]), viewer_format::FORMAT_VERSION, "version first");
    assert_eq!(Manifest::decode(&bytes), Ok(m.clone()));
    assert_eq!(m.encode(), bytes, "deterministic");
}

#[test]
fn manifest_finds_chunks_by_row() {
    let m = manifest();
    assert_eq!(m.chunk_for_row(0), Some(0));
    assert_eq!(m.chunk_for_row(65_535), Some(0));
    assert_eq!(m.chunk_for_row(65_536), Some(1));
    assert_eq!(m.chunk_for_row(65_542), Some(1));
    assert_eq!(m.chunk_for_row(65_543), None);
    assert_eq!(m.column_index("地区"), Some(5));
}

#[test]
fn manifest_with_gaps_is_rejected() {
    let mut m = manifest();
    m.chunks[1].first_row += 1;
    assert!(matches!(Manifest::decode(&m.encode()), Err(FormatError::Invalid(_))));
    let mut m = manifest();
    m.rows += 1;
    assert!(matches!(Manifest::decode(&m.encode()), Err(FormatError::Invalid(_))));
    let empty = Manifest { rows: 0, columns: vec![], chunks: vec![], head: vec![] };
    assert_eq!(Manifest::decode(&empty.encode()), Ok(empty));
}

#[test]
fn every_column_type_round_trips() {
    let chunk = every_type();
    let back = round_trip(&chunk);
    assert_eq!(back.first_row(), 1000);
    assert_eq!(back.rows(), 7);
    assert_eq!(back.row_range(), 1000..1007);
    let row = |r: usize| (0..6).map(|c| back.cell(r, c).to_display_string()).collect::<Vec<_>>();
    assert_eq!(row(0), ["-9223372036854775808", "12.5", "true", "2026-11-26", "", "北京市"]);
    assert_eq!(row(2), ["", "0", "", "-5877641-06-23", "1969-12-31 23:59:59.999", ""]);
    assert_eq!(back.cell(1, 5), Cell::Str(""));
    assert_eq!(back.cell(2, 5), Cell::Null);
    assert_eq!(back.cell(6, 5), Cell::Str("海淀区 中关村"));
    assert_eq!(back.cell(7, 0), Cell::Null, "past the end");
    assert_eq!(back.cell(0, 6), Cell::Null, "no such column");
    let ColumnData::Number { values, .. } = &back.columns()[1] else { panic!("number column") };
    assert_eq!(values[2].to_bits(), (-0.0f64).to_bits(), "negative zero kept");
    assert_eq!(back.columns().iter().map(ColumnData::null_count).collect::<Vec<_>>(), [2, 1, 2, 1, 2, 1]);
}

#[test]
fn nan_from_builder_is_null_but_direct_nan_round_trips() {
    let mut b = NumberBuilder::new();
    b.push(f64::NAN);
    b.push(1.0);
    let col = b.finish();
    assert_eq!(col.cell(0), Cell::Null);
    let weird_nan = f64::from_bits(0x7ff8_0000_dead_beef);
    let direct = ColumnData::Number { values: vec![weird_nan, 2.5], valid: Bitmap::all_set(2) };
    let back = Chunk::decode(&Chunk::new(0, vec![col, direct]).unwrap().encode()).unwrap();
    let ColumnData::Number { values, .. } = &back.columns()[1] else { panic!("number column") };
    assert_eq!(values[0].to_bits(), weird_nan.to_bits());
    assert_eq!(values[1], 2.5);
}

#[test]
fn decimal_numbers_round_trip_bit_for_bit() {
    let mut rng = Rng(7);
    for scale in [1.0, 10.0, 100.0, 1000.0, 1e9] {
        let values: Vec<f64> = (0..2000).map(|_| (rng.below(2_000_000) as f64 - 1e6) / scale).collect();
        let col = ColumnData::Number { values: values.clone(), valid: Bitmap::all_set(values.len()) };
        let chunk = Chunk::new(0, vec![col]).unwrap();
        let back = round_trip(&chunk);
        let ColumnData::Number { values: got, .. } = &back.columns()[0] else { panic!("number column") };
        assert!(values.iter().zip(got).all(|(a, b)| a.to_bits() == b.to_bits()));
    }
    let odd = vec![0.1 + 0.2, 1.0 / 3.0, 1e300, 5e-324, 123_456_789.123_456_7, -2.5];
    round_trip(&Chunk::new(0, vec![ColumnData::Number { valid: Bitmap::all_set(6), values: odd }]).unwrap());
}

#[test]
fn sorted_and_random_integers_round_trip() {
    let mut rng = Rng(99);
    let random: Vec<Option<i64>> = (0..5000).map(|_| Some(rng.next() as i64).filter(|v| v % 7 != 0)).collect();
    let sorted: Vec<Option<i64>> = (0..5000).map(|i| Some(1_700_000_000_000 + i * 1000)).collect();
    let wrapping = vec![Some(i64::MAX), Some(i64::MIN), Some(i64::MAX), Some(0), Some(i64::MIN)];
    for values in [random, sorted, wrapping] {
        let ints: IntegerBuilder = values.iter().copied().collect();
        let times: DateTimeBuilder = values.iter().copied().collect();
        round_trip(&Chunk::new(5, vec![ints.finish(), times.finish()]).unwrap());
    }
}

#[test]
fn empty_and_all_null_chunks_round_trip() {
    let empty = Chunk::new(0, vec![IntegerBuilder::new().finish(), StringBuilder::new().finish()]).unwrap();
    assert_eq!(round_trip(&empty).rows(), 0);
    round_trip(&Chunk::new(0, vec![]).unwrap());
    let mut columns = vec![];
    for ty in ColumnType::ALL {
        let mut b = ColumnBuilder::new(ty);
        (0..300).for_each(|_| b.push_null());
        columns.push(b.finish());
    }
    let chunk = Chunk::new(0, columns).unwrap();
    assert!(chunk.encode().len() < 45, "all-null columns cost a few bytes: {}", chunk.encode().len());
    assert!(round_trip(&chunk).columns().iter().all(|c| c.null_count() == 300));
}

#[test]
fn unique_strings_and_sparse_nulls_round_trip() {
    let unique: StringBuilder = (0..1000).map(|i| (i % 10 != 3).then(|| format!("第{i}号"))).collect();
    let bools: BooleanBuilder = (0..1000).map(|i| (i % 9 != 0).then_some(i % 2 == 0)).collect();
    let chunk = Chunk::new(0, vec![unique.finish(), bools.finish()]).unwrap();
    let back = round_trip(&chunk);
    assert_eq!(back.cell(4, 0), Cell::Str("第4号"));
    assert_eq!(back.cell(3, 0), Cell::Null);
    assert_eq!(back.cell(9, 1), Cell::Null);
    assert_eq!(back.cell(10, 1), Cell::Bool(true));
}

#[test]
fn encoding_is_deterministic() {
    assert_eq!(every_type().encode(), every_type().encode());
    let a = every_type().encode();
    let again = Chunk::decode(&a).unwrap().encode();
    assert_eq!(a, again, "decode → encode is stable");
}

#[test]
fn null_placeholders_are_normalised() {
    let col = ColumnData::Integer { values: vec![1, 99, 3], valid: Bitmap::from_bools(&[true, false, true]) };
    let back = Chunk::decode(&Chunk::new(0, vec![col]).unwrap().encode()).unwrap();
    let ColumnData::Integer { values, .. } = &back.columns()[0] else { panic!("integer column") };
    assert_eq!(values, &[1, 0, 3]);
}

#[test]
fn column_builder_checks_types() {
    let mut b = ColumnBuilder::new(ColumnType::Date);
    assert!(b.push(Cell::Date(3)).is_ok());
    assert!(b.push(Cell::Null).is_ok());
    assert!(b.push(Cell::Str("2026-01-01")).is_err());
    assert_eq!(b.finish().cells().collect::<Vec<_>>(), [Cell::Date(3), Cell::Null]);
}

#[test]
fn chunk_new_rejects_inconsistent_columns() {
    let three: IntegerBuilder = [Some(1), Some(2), Some(3)].into_iter().collect();
    let two: StringBuilder = [Some("a"), None].into_iter().collect();
    let err = Chunk::new(0, vec![three.finish(), two.finish()]).unwrap_err();
    assert_eq!(err, FormatError::ColumnLength { column: 1, expected: 3, found: 2 });
    let bad_code = ColumnData::String { dict: vec!["a".into()], codes: vec![0, 1], valid: Bitmap::all_set(2) };
    assert!(matches!(Chunk::new(0, vec![bad_code]), Err(FormatError::Invalid(_))));
    let short = ColumnData::Date { days: vec![1], valid: Bitmap::all_set(2) };
    assert!(matches!(Chunk::new(0, vec![short]), Err(FormatError::Invalid(_))));
    let big = ColumnData::Boolean { values: Bitmap::all_set(70_000), valid: Bitmap::all_set(70_000) };
    assert!(matches!(Chunk::new(0, vec![big]), Err(FormatError::TooLarge { rows: 70_000, columns: 1 })));
}

#[test]
fn scalars_display_like_cells() {
    assert_eq!(Scalar::Date(20_783).as_cell().to_display_string(), "2026-11-26");
    assert_eq!(Scalar::Str("上海".into()).as_cell(), Cell::Str("上海"));
}
