//! App, bot and connector IDs: recognising a GUID, and the key two IDs are
//! compared by (GUIDs are not case-sensitive; other IDs are compared as written).

/// True when the whole string is a GUID: 8-4-4-4-12 hexadecimal digits.
pub fn is_guid(s: &str) -> bool {
    let bytes = s.as_bytes();
    if bytes.len() != 36 {
        return false;
    }
    bytes.iter().enumerate().all(|(i, &b)| match i {
        8 | 13 | 18 | 23 => b == b'-',
        _ => b.is_ascii_hexdigit(),
    })
}

/// The identity key of an ID: lower-cased when GUID-shaped (GUIDs are not
/// case-sensitive), otherwise the string exactly as written.
pub fn identity_key(s: &str) -> String {
    if is_guid(s) {
        s.to_ascii_lowercase()
    } else {
        s.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guid_shape() {
        assert!(is_guid("0B5C3D6E-1234-4ABC-9DEF-00112233AABB"));
        assert!(!is_guid("{0b5c3d6e-1234-4abc-9def-00112233aabb}"));
        assert!(!is_guid("${{TEAMS_APP_ID}}"));
        assert!(!is_guid("0b5c3d6e-1234-4abc-9def-00112233aabg"));
        assert_eq!(
            identity_key("0B5C3D6E-1234-4ABC-9DEF-00112233AABB"),
            "0b5c3d6e-1234-4abc-9def-00112233aabb"
        );
        assert_eq!(identity_key("MyBot"), "MyBot");
    }
}
