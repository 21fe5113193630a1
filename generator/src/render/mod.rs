//! Tera templates over plain views, Markdown, the translation table.

pub mod i18n;
pub mod markdown;
pub mod pages;
pub mod theme;
pub mod views;
