//! The controlled vocabularies harvesters expect, and how the regulation's
//! terms map onto them: EU access rights, frequencies, file types and data
//! themes (publications.europa.eu authority tables), IANA media types, and
//! the Project Open Data codes.

use crate::catalog::raw::{OpenType, UpdateCycle};

pub const EU: &str = "http://publications.europa.eu/resource/authority/";
pub const IANA: &str = "http://www.iana.org/assignments/media-types/";

/// 开放属性 → EU access right: unconditional data is public, conditional data
/// is restricted to those who meet the conditions (art. 32), closed data is
/// not public.
pub fn access_right(t: OpenType) -> &'static str {
    match t {
        OpenType::Unconditional => "PUBLIC",
        OpenType::Conditional => "RESTRICTED",
        OpenType::Closed => "NON_PUBLIC",
    }
}

/// The same for data.json's `accessLevel`.
pub fn pod_access_level(t: OpenType) -> &'static str {
    match t {
        OpenType::Unconditional => "public",
        OpenType::Conditional => "restricted public",
        OpenType::Closed => "non-public",
    }
}

/// 更新周期 → EU frequency code. Real-time data is "continuously updated".
pub fn frequency(c: UpdateCycle) -> &'static str {
    match c {
        UpdateCycle::Realtime => "UPDATE_CONT",
        UpdateCycle::Daily => "DAILY",
        UpdateCycle::Weekly => "WEEKLY",
        UpdateCycle::Monthly => "MONTHLY",
        UpdateCycle::Quarterly => "QUARTERLY",
        UpdateCycle::Semiannual => "ANNUAL_2",
        UpdateCycle::Annual => "ANNUAL",
        UpdateCycle::Irregular => "IRREG",
    }
}

/// 更新周期 → data.json's ISO 8601 repeating duration (`R/PT1S` is POD's
/// "continuously updated").
pub fn pod_periodicity(c: UpdateCycle) -> &'static str {
    match c {
        UpdateCycle::Realtime => "R/PT1S",
        UpdateCycle::Daily => "R/P1D",
        UpdateCycle::Weekly => "R/P1W",
        UpdateCycle::Monthly => "R/P1M",
        UpdateCycle::Quarterly => "R/P3M",
        UpdateCycle::Semiannual => "R/P6M",
        UpdateCycle::Annual => "R/P1Y",
        UpdateCycle::Irregular => "irregular",
    }
}

/// A file format as the vocabularies know it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FileFormat {
    /// The media type (MIME type).
    pub media_type: Option<&'static str>,
    /// Registered with IANA: it has an IRI under [`IANA`].
    pub iana: bool,
    /// Code in the EU file-type table.
    pub eu: Option<&'static str>,
    /// Already compressed: stored as it is in a zip.
    pub compressed: bool,
}

const FORMATS: [(&str, &str, bool, &str, bool); 17] = [
    ("CSV", "text/csv", true, "CSV", false),
    ("TSV", "text/tab-separated-values", true, "TSV", false),
    ("JSON", "application/json", true, "JSON", false),
    ("NDJSON", "application/x-ndjson", false, "", false),
    ("GEOJSON", "application/geo+json", true, "GEOJSON", false),
    ("XLSX", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", true, "XLSX", true),
    ("XLS", "application/vnd.ms-excel", true, "XLS", false),
    ("PARQUET", "application/vnd.apache.parquet", true, "PARQUET", true),
    ("ZIP", "application/zip", true, "ZIP", true),
    ("PDF", "application/pdf", true, "PDF", false),
    ("XML", "application/xml", true, "XML", false),
    ("HTML", "text/html", true, "HTML", false),
    ("TXT", "text/plain", true, "TXT", false),
    ("DOCX", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", true, "DOCX", true),
    ("KML", "application/vnd.google-earth.kml+xml", true, "KML", false),
    ("TTL", "text/turtle", true, "RDF_TURTLE", false),
    ("JSONLD", "application/ld+json", true, "JSON_LD", false),
];

pub fn file_format(format: &str) -> FileFormat {
    let f = format.trim().to_ascii_uppercase();
    FORMATS
        .iter()
        .find(|(k, ..)| *k == f)
        .map(|&(_, m, iana, eu, compressed)| FileFormat { media_type: Some(m), iana, eu: (!eu.is_empty()).then_some(eu), compressed })
        .unwrap_or(FileFormat { media_type: None, iana: false, eu: None, compressed: matches!(f.as_str(), "PNG" | "JPG" | "JPEG" | "GZ" | "7Z" | "RAR") })
}

/// Topic key → EU data theme (code, English label). Covers the built-in
/// topics (the regulation's databases, art. 11) and common sector keys; a
/// site's own topic without a match keeps only its own concept.
pub fn eu_theme(topic: &str) -> Option<(&'static str, &'static str)> {
    let code = match topic {
        "population" | "poverty" | "social-assistance" | "employment" | "social-security" | "housing" | "civil-affairs" => "SOCI",
        "legal-entity" | "credit" | "economy" | "market" | "finance" | "commerce" | "tax" | "statistics" => "ECON",
        "geo" | "urban-rural" | "planning" => "REGI",
        "e-license" | "government" | "public-service" => "GOVE",
        "health" | "food-safety" | "medical" => "HEAL",
        "environment" | "weather-hydrology" | "water" | "natural-resources" => "ENVI",
        "emergency" | "public-safety" | "justice" => "JUST",
        "transport" | "traffic" => "TRAN",
        "education" | "culture-tourism" | "culture" | "tourism" | "sport" => "EDUC",
        "agriculture" | "forestry" | "fishery" => "AGRI",
        "energy" => "ENER",
        "science" | "technology" => "TECH",
        _ => return None,
    };
    let label = match code {
        "SOCI" => "Population and society",
        "ECON" => "Economy and finance",
        "REGI" => "Regions and cities",
        "GOVE" => "Government and public sector",
        "HEAL" => "Health",
        "ENVI" => "Environment",
        "JUST" => "Justice, legal system and public safety",
        "TRAN" => "Transport",
        "EDUC" => "Education, culture and sport",
        "AGRI" => "Agriculture, fisheries, forestry and food",
        "ENER" => "Energy",
        _ => "Science and technology",
    };
    Some((code, label))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn open_types_map_to_access_rights() {
        assert_eq!(access_right(OpenType::Unconditional), "PUBLIC");
        assert_eq!(access_right(OpenType::Conditional), "RESTRICTED");
        assert_eq!(access_right(OpenType::Closed), "NON_PUBLIC");
        assert_eq!(pod_access_level(OpenType::Unconditional), "public");
        assert_eq!(pod_access_level(OpenType::Conditional), "restricted public");
        assert_eq!(pod_access_level(OpenType::Closed), "non-public");
    }

    #[test]
    fn cycles_map_to_frequencies() {
        let eu: Vec<&str> = UpdateCycle::ALL.iter().map(|c| frequency(*c)).collect();
        assert_eq!(eu, ["UPDATE_CONT", "DAILY", "WEEKLY", "MONTHLY", "QUARTERLY", "ANNUAL_2", "ANNUAL", "IRREG"]);
        let pod: Vec<&str> = UpdateCycle::ALL.iter().map(|c| pod_periodicity(*c)).collect();
        assert_eq!(pod, ["R/PT1S", "R/P1D", "R/P1W", "R/P1M", "R/P3M", "R/P6M", "R/P1Y", "irregular"]);
    }

    #[test]
    fn formats_and_themes() {
        assert_eq!(file_format("csv").media_type, Some("text/csv"));
        assert_eq!(file_format("GEOJSON").eu, Some("GEOJSON"));
        assert!(!file_format("NDJSON").iana);
        assert_eq!(file_format("API").media_type, None);
        assert!(file_format("PARQUET").compressed);
        assert_eq!(eu_theme("environment"), Some(("ENVI", "Environment")));
        assert_eq!(eu_theme("transport").map(|t| t.0), Some("TRAN"));
        assert_eq!(eu_theme("my-own-topic"), None);
    }
}
