//! Placeholders that build tools fill in (`{{ENDPOINT_URL}}`, `${{TEAMS_APP_ID}}`,
//! `<<BOT_ID>>`): one test of a text, used by the store checks and the package reader.

/// True when a text holds a template placeholder (`{{…}}` or `<<…>>`).
pub fn has_placeholder(text: &str) -> bool {
    if !text.bytes().any(|byte| byte == b'{' || byte == b'<') {
        return false; // most texts: no searching
    }
    let pair = |open: &str, close: &str| {
        text.find(open).is_some_and(|at| {
            text.get(at + open.len()..)
                .is_some_and(|rest| rest.contains(close))
        })
    };
    pair("{{", "}}") || pair("<<", ">>")
}
