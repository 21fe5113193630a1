//! The encoding is clearly smaller than a naive fixed-width layout.

mod common;

use common::Rng;
use viewer_format::*;

const ROWS: usize = 10_000;

fn sorted_dates() -> ColumnData {
    // 2020-01-01 onwards, several rows per day.
    (0..ROWS as i32).map(|i| Some(18_262 + i / 4)).collect::<DateBuilder>().finish()
}

fn categories(rng: &mut Rng) -> ColumnData {
    let names = ["北京市", "上海市", "广州市", "深圳市", "杭州市"];
    (0..ROWS).map(|_| Some(names[rng.below(5) as usize])).collect::<StringBuilder>().finish()
}

fn encoded_len(columns: Vec<ColumnData>) -> usize {
    Chunk::new(0, columns).unwrap().encode().len()
}

#[test]
fn mixed_chunk_beats_fixed_width_by_three_times() {
    let mut rng = Rng(42);
    let ints = (0..ROWS).map(|_| Some(rng.below(100_000) as i64)).collect::<IntegerBuilder>().finish();
    let len = encoded_len(vec![sorted_dates(), categories(&mut rng), ints]);
    let naive = ROWS * (4 + 4 + 8); // i32 day + u32 code + i64
    assert!(len * 3 < naive, "{len} bytes vs naive {naive}");
}

#[test]
fn sorted_dates_cost_a_byte_each() {
    let len = encoded_len(vec![sorted_dates()]);
    assert!(len <= ROWS + 16, "{len} bytes for {ROWS} dates");
}

#[test]
fn few_distinct_strings_cost_a_byte_each() {
    let len = encoded_len(vec![categories(&mut Rng(1))]);
    assert!(len <= ROWS + 100, "{len} bytes for {ROWS} codes");
}

#[test]
fn prices_with_two_decimals_cost_under_four_bytes() {
    let mut rng = Rng(3);
    let prices = (0..ROWS).map(|_| Some(rng.below(1_000_000) as f64 / 100.0)).collect::<NumberBuilder>().finish();
    let len = encoded_len(vec![prices]);
    assert!(len < ROWS * 4, "{len} bytes for {ROWS} prices");
}

#[test]
fn no_nulls_costs_one_byte_of_validity() {
    let ints = |nulls: bool| {
        (0..ROWS as i64).map(|i| (!nulls || i != 5).then_some(i % 50)).collect::<IntegerBuilder>().finish()
    };
    let (all, one_null) = (encoded_len(vec![ints(false)]), encoded_len(vec![ints(true)]));
    assert!(one_null >= all + ROWS / 8 - 2, "a bitmap costs a bit per row: {all} vs {one_null}");
    assert!(all <= ROWS + 12, "{all}");
}
