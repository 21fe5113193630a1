//! Shared fixtures: a chunk with every column type, and a tiny deterministic PRNG.

#![allow(dead_code)]

use viewer_format::*;

/// xorshift64*, so tests need no `rand`.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// Seven rows of every type, with nulls, empty strings, Chinese text and extremes.
pub fn every_type() -> Chunk {
    let ints: IntegerBuilder = [Some(i64::MIN), Some(-1), None, Some(0), Some(i64::MAX), Some(42), None]
        .into_iter()
        .collect();
    let nums: NumberBuilder =
        [Some(12.5), None, Some(-0.0), Some(f64::MAX), Some(f64::MIN_POSITIVE), Some(f64::NEG_INFINITY), Some(1e-310)]
            .into_iter()
            .collect();
    let bools: BooleanBuilder =
        [Some(true), Some(false), None, Some(true), None, Some(false), Some(true)].into_iter().collect();
    let dates: DateBuilder =
        [Some(20_783), Some(-1), Some(i32::MIN), Some(i32::MAX), None, Some(0), Some(19_782)].into_iter().collect();
    let times: DateTimeBuilder =
        [None, Some(0), Some(-1), Some(i64::MAX), Some(i64::MIN), Some(1_795_684_245_007), None].into_iter().collect();
    let text: StringBuilder =
        [Some("北京市"), Some(""), None, Some("北京市"), Some("Zürich 🚲"), Some(""), Some("海淀区 中关村")]
            .into_iter()
            .collect();
    let columns = vec![ints.finish(), nums.finish(), bools.finish(), dates.finish(), times.finish(), text.finish()];
    Chunk::new(1000, columns).expect("consistent columns")
}

pub fn manifest() -> Manifest {
    let stats = ColumnStats {
        nulls: 2,
        distinct: 5,
        min: Some(Scalar::Str(String::new())),
        max: Some(Scalar::Str("海淀区 中关村".into())),
        mean: None,
        top: vec![("北京市".into(), 2), (String::new(), 2)],
    };
    let columns = [
        ("id", ColumnType::Integer, Some(Scalar::Int(i64::MIN)), Some(Scalar::Int(i64::MAX))),
        ("金额", ColumnType::Number, Some(Scalar::Num(f64::NEG_INFINITY)), Some(Scalar::Num(f64::MAX))),
        ("flag", ColumnType::Boolean, Some(Scalar::Bool(false)), Some(Scalar::Bool(true))),
        ("日期", ColumnType::Date, Some(Scalar::Date(i32::MIN)), Some(Scalar::Date(i32::MAX))),
        ("updated", ColumnType::DateTime, Some(Scalar::DateTime(i64::MIN)), None),
    ]
    .into_iter()
    .map(|(name, ty, min, max)| ColumnMeta {
        name: name.into(),
        ty,
        stats: ColumnStats { nulls: 1, distinct: 6, min, max, mean: Some(0.5), top: vec![] },
    })
    .chain([ColumnMeta { name: "地区".into(), ty: ColumnType::String, stats }])
    .collect();
    let chunks = vec![
        ChunkRef { file: "c-3f2a9b1c0d4e5f60.kfc".into(), first_row: 0, rows: 65_536, bytes: 200_000 },
        ChunkRef { file: "c-0000000000000001.kfc".into(), first_row: 65_536, rows: 7, bytes: 180 },
    ];
    Manifest { rows: 65_543, columns, chunks, head: vec![] }
}
