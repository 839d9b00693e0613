//! `schema` (error)
//!
//! **What it checks:** the manifest against Microsoft's official JSON schema of
//! its manifest format (bundled, never fetched), as JSON Schema draft-04 with
//! the `uri` format asserted, the way Microsoft's own validator
//! (`@microsoft/app-manifest`) does. One finding per error the validator
//! reports (a failed "one of these forms" is one finding where the value is; a
//! missing required field points at the object that lacks it). Only runs when
//! the manifest format is one Microsoft published (see `manifest-version`).
//!
//! **Why:** Developer Portal, the Agents Toolkit and the store all validate the
//! manifest against this schema; a manifest that fails it is refused.
//!
//! **Example:** `"name": {"short": "Contoso Tasks for Everyone Everywhere"}` →
//! "Short name can be at most 30 characters; yours has 37."
//!
//! Source: app manifest reference; schemas from `microsoft/json-schemas` (MIT).

use jsonschema::ValidationError;
use jsonschema::error::{TypeKind, ValidationErrorKind};
use serde_json::Value;

use super::{Raw, Severity, StoreCheck, Subject, sources, words};
use crate::message::{Arg, Message};
use crate::msg;
use crate::schemas::{self, KNOWN_FORMATS, SchemaKind};

/// The check's identifier.
pub const ID: &str = "schema";

/// The registry entry ([`super::STORE_CHECKS`]).
pub const CHECK: StoreCheck = StoreCheck {
    id: ID,
    title: "store-schema-title",
    severity: Severity::Error,
    needs_package: false,
    run: check,
    fixed_by: super::WhoFixes::Developer,
    repairs: super::Repair::Never,
};

/// One finding per schema error, when the format is known.
fn check(subject: &Subject<'_>) -> Vec<Raw> {
    let Some(format) = subject.known_format() else {
        return Vec::new();
    };
    validate(subject.document, format, SchemaKind::Manifest)
        .into_iter()
        .map(|(pointer, message)| Raw::new(pointer, message, sources::MANIFEST))
        .collect()
}

/// Validates a document against a format's schema: (pointer, message) per problem.
/// A failed "one of these forms" gives the problems of the form the value comes
/// closest to ([`most_specific`]); an object missing one field while holding one
/// the format does not know gives one problem (a renamed field); the same problem
/// reached through two parts of the schema is given once.
pub(crate) fn validate(document: &Value, format: &str, kind: SchemaKind) -> Vec<(String, Message)> {
    let Some(validator) = schemas::validator_for(format, kind, document) else {
        return Vec::new();
    };
    let whole = match kind {
        SchemaKind::Manifest => "manifest",
        SchemaKind::Localization => "localization",
    };
    let about = About {
        whole,
        format_words: msg!("store-schema-manifest-format", format = format),
        later: Some((format, kind)),
    };
    let errors: Vec<_> = validator.iter_errors(document).collect();
    let specific: Vec<Specific<'_>> = errors.iter().flat_map(most_specific).collect();
    describe_all(&specific, &about)
}

/// The messages of specific schema problems, one per problem: a missing field and an
/// unknown one in the same object are one message (the field was named differently,
/// such as `file` for `url`), and a message already given for a place is not repeated.
pub(crate) fn describe_all(specific: &[Specific<'_>], about: &About<'_>) -> Vec<(String, Message)> {
    let mut out: Vec<(String, Message)> = Vec::new();
    let mut merged = vec![false; specific.len()];
    for (index, problem) in specific.iter().enumerate() {
        if merged.get(index).copied().unwrap_or(true) {
            continue;
        }
        let pointer = problem.pointer();
        let message = match renamed_field(specific, index, about) {
            Some((missing, unknown, message)) => {
                // Both problems, however often the schema reached them, are this one.
                for (other, slot) in specific.iter().zip(merged.iter_mut()) {
                    if other.pointer() == pointer
                        && (other.missing_field().as_ref() == Some(&missing)
                            || other.unknown_field().as_ref() == Some(&unknown))
                    {
                        *slot = true;
                    }
                }
                message
            }
            None => problem.describe(about),
        };
        if !out.iter().any(|(p, m)| *p == pointer && *m == message) {
            out.push((pointer, message));
        }
    }
    out
}

/// When the problem at `index` is a missing field (or an unknown one) and the same
/// object has exactly one unknown field (or missing one) and no other such problem:
/// the missing field, the unknown one and one message for both. Not when a later
/// format knows the unknown field (that message says which format).
fn renamed_field(
    specific: &[Specific<'_>],
    index: usize,
    about: &About<'_>,
) -> Option<(String, String, Message)> {
    let problem = specific.get(index)?;
    let pointer = problem.pointer();
    let names_here = |field: &dyn Fn(&Specific<'_>) -> Option<String>| -> Vec<String> {
        let mut found: Vec<String> = Vec::new();
        for name in specific
            .iter()
            .filter(|other| other.pointer() == pointer)
            .filter_map(field)
        {
            if !found.contains(&name) {
                found.push(name);
            }
        }
        found
    };
    let (missing, unknown) = (
        names_here(&|p| p.missing_field()),
        names_here(&|p| p.unknown_field()),
    );
    let ([missing_name], [unknown_name]) = (missing.as_slice(), unknown.as_slice()) else {
        return None;
    };
    if problem.missing_field().as_ref() != Some(missing_name)
        && problem.unknown_field().as_ref() != Some(unknown_name)
    {
        return None;
    }
    if let Some((format, kind)) = about.later
        && later_format_allowing(&pointer, unknown_name, format, kind).is_some()
    {
        return None;
    }
    let field_cap = about.subject(&pointer);
    let message = msg!(
        "store-schema-renamed-field",
        field = field_cap,
        unknown = unknown_name.as_str(),
        format = about.format_words.clone(),
        missing = missing_name.as_str(),
    );
    Some((missing_name.clone(), unknown_name.clone(), message))
}

/// One schema problem as the report gives it.
pub(crate) enum Specific<'e> {
    /// A validator error that is not a choice between forms (or a choice whose
    /// alternatives tell nothing more precise).
    Error(&'e ValidationError<'e>),
    /// An object that misses a field, where any one of several would do (the
    /// schema's `anyOf` of `required` lists, such as a plugin's `url` or
    /// `api_description`).
    MissingOneOf {
        /// The object's pointer.
        pointer: String,
        /// The fields, any one of which would do, in the schema's order.
        names: Vec<String>,
    },
}

impl Specific<'_> {
    /// The JSON pointer of the value the problem is about.
    pub(crate) fn pointer(&self) -> String {
        match self {
            Specific::Error(error) => error.instance_path().to_string(),
            Specific::MissingOneOf { pointer, .. } => pointer.clone(),
        }
    }

    /// The problem in plain words.
    pub(crate) fn describe(&self, about: &About<'_>) -> Message {
        match self {
            Specific::Error(error) => {
                describe(error.kind(), error.instance(), &self.pointer(), about)
            }
            Specific::MissingOneOf { pointer, names } => {
                let field_cap = about.subject(pointer);
                let (first, others) = names
                    .split_first()
                    .map_or(("", &[][..]), |(f, o)| (f.as_str(), o));
                let others: Vec<String> = others.iter().map(|name| format!("`{name}`")).collect();
                msg!(
                    "store-schema-missing-one-of",
                    field = field_cap,
                    first = first,
                    others = others.join(" or "),
                )
            }
        }
    }

    /// The field a `required` error says is missing.
    fn missing_field(&self) -> Option<String> {
        match self {
            Specific::Error(error) => match error.kind() {
                ValidationErrorKind::Required { property } => property.as_str().map(str::to_string),
                _ => None,
            },
            Specific::MissingOneOf { .. } => None,
        }
    }

    /// The one field an `additionalProperties` error names.
    fn unknown_field(&self) -> Option<String> {
        match self {
            Specific::Error(error) => match error.kind() {
                ValidationErrorKind::AdditionalProperties { unexpected } => {
                    match unexpected.as_slice() {
                        [one] => Some(one.clone()),
                        _ => None,
                    }
                }
                _ => None,
            },
            Specific::MissingOneOf { .. } => None,
        }
    }
}

/// The problems behind one validator error. A failed choice between forms (`anyOf`,
/// `oneOf`) gives the problems of the form the value comes closest to, found again
/// inside it: a form whose distinguishing value differs (a `type` of `"OpenApi"` where
/// the form wants `"LocalPlugin"`, a text where it wants an object) is set aside when
/// another form has none, then the form with the fewest problems, the deepest first,
/// wins. When every form only misses one field of the same object, one problem says
/// any of them would do. Any other error is itself.
pub(crate) fn most_specific<'e>(error: &'e ValidationError<'e>) -> Vec<Specific<'e>> {
    most_specific_at(error, 0)
}

fn most_specific_at<'e>(error: &'e ValidationError<'e>, depth: usize) -> Vec<Specific<'e>> {
    let context = match error.kind() {
        ValidationErrorKind::AnyOf { context } | ValidationErrorKind::OneOfNotValid { context } => {
            context
        }
        _ => return vec![Specific::Error(error)],
    };
    if depth > 16 {
        return vec![Specific::Error(error)];
    }
    let pointer = error.instance_path().to_string();
    let branches: Vec<&Vec<ValidationError<'static>>> =
        context.iter().filter(|branch| !branch.is_empty()).collect();
    if branches.is_empty() {
        return vec![Specific::Error(error)];
    }
    // Every form misses exactly one field of this object: any of them would do.
    let alone: Vec<String> = branches
        .iter()
        .filter_map(|branch| match branch.as_slice() {
            [only] if only.instance_path().to_string() == pointer => match only.kind() {
                ValidationErrorKind::Required { property } => property.as_str().map(str::to_string),
                _ => None,
            },
            _ => None,
        })
        .collect();
    if alone.len() == branches.len() {
        let mut names: Vec<String> = Vec::new();
        for name in alone {
            if !names.contains(&name) {
                names.push(name);
            }
        }
        return match names.len() {
            1 => branches
                .first()
                .and_then(|branch| branch.first())
                .map(|only| vec![Specific::Error(only)])
                .unwrap_or_default(),
            _ => vec![Specific::MissingOneOf { pointer, names }],
        };
    }
    let depth_of = |e: &ValidationError<'_>| e.instance_path().to_string().matches('/').count();
    let own_depth = pointer.matches('/').count();
    // A form whose distinguishing value differs: a wrong type of the value itself, or
    // a wrong fixed value (`enum`, `const`) of the value or one of its fields.
    let other_form = |branch: &Vec<ValidationError<'static>>| {
        branch.iter().any(|e| {
            let at = depth_of(e);
            match e.kind() {
                ValidationErrorKind::Type { .. } => at == own_depth,
                ValidationErrorKind::Enum { .. } | ValidationErrorKind::Constant { .. } => {
                    at <= own_depth + 1
                }
                _ => false,
            }
        })
    };
    let best = branches.iter().min_by_key(|branch| {
        let deepest = branch.iter().map(&depth_of).max().unwrap_or(0);
        (other_form(branch), branch.len(), std::cmp::Reverse(deepest))
    });
    match best {
        // Every form differs in its distinguishing value: no form is closer than
        // another, and the choice itself is the problem.
        Some(branch) if other_form(branch) => vec![Specific::Error(error)],
        Some(branch) => branch
            .iter()
            .flat_map(|inner| most_specific_at(inner, depth + 1))
            .collect(),
        None => vec![Specific::Error(error)],
    }
}

/// What a validated document is, for the words of its schema errors.
pub(crate) struct About<'a> {
    /// What the whole document is (`manifest`, `localization`, `declarative-agent`,
    /// `plugin`, `agentic-user`, `response-template`): "The manifest" in a sentence
    /// (`store-schema-whole`).
    pub whole: &'a str,
    /// Its format in words: "manifest format 1.17".
    pub format_words: Message,
    /// A manifest or localization file's format and schema, to name a later format
    /// that allows an unknown field; `None` for other files.
    pub later: Option<(&'a str, SchemaKind)>,
}

impl About<'_> {
    /// The subject of a sentence about `pointer`: the field's name, or the whole
    /// document ("The manifest") for the empty pointer.
    fn subject(&self, pointer: &str) -> Arg {
        if pointer.is_empty() {
            msg!("store-schema-whole", kind = self.whole).into()
        } else {
            words::sentence_start(&words::field_name(pointer)).into()
        }
    }
}

/// A schema error in plain words.
pub(crate) fn describe(
    kind: &ValidationErrorKind,
    value: &Value,
    pointer: &str,
    about: &About<'_>,
) -> Message {
    let format_words = about.format_words.clone();
    let field_cap = about.subject(pointer);
    let shown = |value: &Value| match value {
        Value::String(text) => format!("\"{}\"", words::shorten(text, 60)),
        other => words::shorten(&other.to_string(), 60),
    };
    match kind {
        ValidationErrorKind::MaxLength { limit } => msg!(
            "store-schema-max-length",
            field = field_cap,
            limit = *limit,
            count = value.as_str().map_or(0, |text| text.chars().count()),
        ),
        ValidationErrorKind::MinLength { limit } => msg!(
            "store-schema-min-length",
            field = field_cap,
            limit = *limit,
            count = value.as_str().map_or(0, |text| text.chars().count()),
        ),
        ValidationErrorKind::MaxItems { limit } => msg!(
            "store-schema-max-items",
            field = field_cap,
            limit = *limit,
            count = value.as_array().map_or(0, Vec::len),
        ),
        ValidationErrorKind::MinItems { limit } => msg!(
            "store-schema-min-items",
            field = field_cap,
            limit = *limit,
            count = value.as_array().map_or(0, Vec::len),
        ),
        ValidationErrorKind::Pattern { pattern } => {
            pattern_message(field_cap, pattern, value, pointer)
        }
        ValidationErrorKind::Format { format } if format == "uri" => {
            msg!("store-schema-uri", field = field_cap, value = shown(value),)
        }
        ValidationErrorKind::Enum { options } => enum_message(field_cap, options, value),
        ValidationErrorKind::Constant { expected_value } => msg!(
            "store-schema-constant",
            field = field_cap,
            expected = shown(expected_value),
            value = shown(value),
        ),
        ValidationErrorKind::Required { property } => {
            let name = property.as_str().unwrap_or_default();
            msg!("store-schema-required", field = field_cap, name = name)
        }
        ValidationErrorKind::PropertyNames { error } => describe_property_name(
            pointer,
            error.instance().as_str().unwrap_or_default(),
            about,
        ),
        ValidationErrorKind::AdditionalProperties { unexpected } => {
            additional_message(pointer, unexpected, about)
        }
        ValidationErrorKind::Type { kind } => msg!(
            "store-schema-type",
            field = field_cap,
            expected = type_words(kind),
            value = crate::manifest::describe(value),
        ),
        ValidationErrorKind::UniqueItems => msg!("store-schema-unique-items", field = field_cap),
        ValidationErrorKind::AnyOf { .. } | ValidationErrorKind::OneOfNotValid { .. } => msg!(
            "store-schema-no-form",
            field = field_cap,
            format = format_words,
        ),
        ValidationErrorKind::OneOfMultipleValid { .. } => msg!(
            "store-schema-several-forms",
            field = field_cap,
            format = format_words,
        ),
        ValidationErrorKind::Maximum { limit } => msg!(
            "store-schema-maximum",
            field = field_cap,
            limit = limit.to_string(),
            value = shown(value),
        ),
        ValidationErrorKind::Minimum { limit } => msg!(
            "store-schema-minimum",
            field = field_cap,
            limit = limit.to_string(),
            value = shown(value),
        ),
        ValidationErrorKind::MaxProperties { limit } => msg!(
            "store-schema-max-properties",
            field = field_cap,
            limit = *limit,
        ),
        ValidationErrorKind::MinProperties { limit } => msg!(
            "store-schema-min-properties",
            field = field_cap,
            limit = *limit,
        ),
        other => msg!(
            "store-schema-other",
            field = field_cap,
            format = format_words,
            problem = jsonschema_text(other),
        ),
    }
}

/// The validator's own words for the rare kinds without a plain message.
fn jsonschema_text(kind: &ValidationErrorKind) -> String {
    format!("{kind:?}").chars().take(120).collect()
}

fn type_words(kind: &TypeKind) -> Message {
    let one = |t: &jsonschema::JsonType| msg!("store-schema-type-name", kind = t.to_string());
    match kind {
        TypeKind::Single(t) => one(t),
        TypeKind::Multiple(set) => {
            let mut names = set.iter().map(|t| one(&t));
            let first = names
                .next()
                .unwrap_or_else(|| msg!("store-schema-type-name", kind = ""));
            names.fold(first, |all, next| {
                msg!("store-schema-type-or", first = all, second = next)
            })
        }
    }
}

/// A pattern failure with an example of a correct value, for the patterns
/// manifests use most (GUIDs, https links, colours, versions).
fn pattern_message(field_cap: Arg, pattern: &str, value: &Value, pointer: &str) -> Message {
    let yours = value
        .as_str()
        .map_or_else(|| value.to_string(), |text| words::shorten(text, 60));
    let lower = pattern.to_ascii_lowercase();
    let what = if lower.contains("{8}") && lower.contains("{12}") {
        msg!("store-schema-pattern-guid")
    } else if lower.contains("[hh][tt][tt][pp][ss]") || lower.starts_with("^https") {
        msg!(
            "store-schema-pattern-https",
            example = words::example_address(pointer)
        )
    } else if lower.contains("#") && lower.contains("{6}") {
        msg!("store-schema-pattern-color")
    } else if lower.contains("\\.") && lower.contains("[0-9]") && lower.contains("{1,}")
        || lower.contains("(\\.(0|[1-9]")
    {
        msg!("store-schema-pattern-version")
    } else {
        return msg!(
            "store-schema-pattern-other",
            field = field_cap,
            pattern = pattern,
            value = yours,
        );
    };
    msg!(
        "store-schema-pattern",
        field = field_cap,
        expected = what,
        value = yours
    )
}

/// An `enum` failure: the allowed values and, for a letter-case slip, the right one.
fn enum_message(field_cap: Arg, options: &Value, value: &Value) -> Message {
    let allowed: Vec<String> = options
        .as_array()
        .map(|list| {
            list.iter()
                .map(|option| {
                    option
                        .as_str()
                        .map_or_else(|| option.to_string(), |s| format!("`{s}`"))
                })
                .collect()
        })
        .unwrap_or_default();
    let yours = value.as_str().map_or_else(
        || value.to_string(),
        |text| format!("`{}`", words::shorten(text, 60)),
    );
    let hint = value.as_str().and_then(|text| {
        options
            .as_array()?
            .iter()
            .filter_map(Value::as_str)
            .find(|option| option.eq_ignore_ascii_case(text.trim()))
    });
    match hint {
        Some(option) => msg!(
            "store-schema-enum-hint",
            field = field_cap,
            allowed = allowed.join(", "),
            value = yours,
            option = option,
        ),
        None => msg!(
            "store-schema-enum",
            field = field_cap,
            allowed = allowed.join(", "),
            value = yours,
        ),
    }
}

/// A property whose name the schema's `propertyNames` does not allow, in plain words.
pub(crate) fn describe_property_name(pointer: &str, name: &str, about: &About<'_>) -> Message {
    additional_message(pointer, &[name.to_string()], about)
}

/// An `additionalProperties` failure: names the fields and, when a later
/// published format allows them there, which.
fn additional_message(pointer: &str, unexpected: &[String], about: &About<'_>) -> Message {
    let place: Message = if pointer.is_empty() {
        // "The Copilot agent file" → "the Copilot agent file": only the first letter.
        msg!("store-schema-at-top", kind = about.whole)
    } else {
        msg!("store-schema-in-field", field = words::field_name(pointer))
    };
    let format_words = &about.format_words;
    let mut sentences: Vec<Message> = Vec::new();
    for property in unexpected {
        let later = about.later.and_then(|(format, schema)| {
            Some((
                format,
                later_format_allowing(pointer, property, format, schema)?,
            ))
        });
        sentences.push(match later {
            Some((format, later)) => msg!(
                "store-schema-needs-later-format",
                property = property.as_str(),
                later = later,
                format = format,
                schema_field = "$schema",
            ),
            None => msg!(
                "store-schema-unknown-field",
                property = property.as_str(),
                format = format_words.clone(),
                place = place.clone(),
            ),
        });
    }
    let mut sentences = sentences.into_iter();
    // No unexpected field (never reported so): nothing to say.
    let first = sentences
        .next()
        .unwrap_or_else(|| msg!("store-schema-no-sentence"));
    sentences.fold(first, |all, next| {
        msg!("store-schema-sentences", first = all, second = next)
    })
}

/// The first published format after `format` whose schema lists `property` in
/// the object at `pointer` (devPreview is not counted: the store refuses it).
pub(crate) fn later_format_allowing(
    pointer: &str,
    property: &str,
    format: &str,
    kind: SchemaKind,
) -> Option<&'static str> {
    let from = KNOWN_FORMATS.iter().position(|known| *known == format)?;
    let segments: Vec<String> = pointer
        .split('/')
        .skip(1)
        .map(|segment| segment.replace("~1", "/").replace("~0", "~"))
        .collect();
    KNOWN_FORMATS
        .iter()
        .skip(from + 1)
        .filter(|later| **later != "devPreview")
        .find(|later| {
            schemas::document(later, kind).is_some_and(|root| {
                nodes_at(root, root, &segments, 0)
                    .iter()
                    .any(|node| lists_property(root, node, property, 0))
            })
        })
        .copied()
}

/// Follows `$ref`s (`#/definitions/…`) inside the schema.
fn resolve<'s>(root: &'s Value, mut node: &'s Value) -> &'s Value {
    for _ in 0..32 {
        match node
            .get("$ref")
            .and_then(Value::as_str)
            .and_then(|r| r.strip_prefix('#'))
        {
            Some(path) => match root.pointer(path) {
                Some(target) => node = target,
                None => return node,
            },
            None => return node,
        }
    }
    node
}

/// The schema nodes that describe the value at `segments`.
fn nodes_at<'s>(
    root: &'s Value,
    node: &'s Value,
    segments: &[String],
    depth: usize,
) -> Vec<&'s Value> {
    let node = resolve(root, node);
    let Some((first, rest)) = segments.split_first() else {
        return vec![node];
    };
    if depth > 64 {
        return Vec::new();
    }
    let mut next: Vec<&Value> = Vec::new();
    if let Some(child) = node.get("properties").and_then(|p| p.get(first.as_str())) {
        next.push(child);
    }
    if let Ok(index) = first.parse::<usize>() {
        match node.get("items") {
            Some(Value::Array(items)) => next.extend(items.get(index)),
            Some(items) => next.push(items),
            None => {}
        }
    }
    let mut found: Vec<&Value> = next
        .into_iter()
        .flat_map(|child| nodes_at(root, child, rest, depth + 1))
        .collect();
    for combinator in ["anyOf", "oneOf", "allOf"] {
        for branch in node
            .get(combinator)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            found.extend(nodes_at(root, branch, segments, depth + 1));
        }
    }
    found
}

/// True when a schema node (or one of its alternatives) lists `property`.
fn lists_property(root: &Value, node: &Value, property: &str, depth: usize) -> bool {
    let node = resolve(root, node);
    if node
        .get("properties")
        .and_then(|p| p.get(property))
        .is_some()
    {
        return true;
    }
    depth < 16
        && ["anyOf", "oneOf", "allOf"].iter().any(|combinator| {
            node.get(*combinator)
                .and_then(Value::as_array)
                .is_some_and(|branches| {
                    branches
                        .iter()
                        .any(|b| lists_property(root, b, property, depth + 1))
                })
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::test_support::{run, valid_manifest};
    use serde_json::json;

    fn schema_findings(changes: Value) -> Vec<(String, String)> {
        run(&valid_manifest(changes))
            .findings
            .into_iter()
            .filter(|f| f.check == ID)
            .map(|f| (f.pointer, f.message.text()))
            .collect()
    }

    #[test]
    fn max_length_says_limit_and_actual() {
        let found = schema_findings(
            json!({"name": {"short": "Contoso Tasks for Everyone Everywhere", "full": "x"}}),
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "/name/short");
        assert_eq!(
            found[0].1,
            "Short name can be at most 30 characters; yours has 37."
        );
    }

    #[test]
    fn enum_suggests_the_right_letter_case() {
        let found = schema_findings(
            json!({"staticTabs": [{"entityId": "t", "name": "T", "contentUrl": "https://tasks.contoso.com", "scopes": ["groupchat"]}]}),
        );
        assert!(
            found
                .iter()
                .any(|(p, m)| p == "/staticTabs/0/scopes/0"
                    && m.contains("Did you mean `groupChat`?")),
            "{found:?}"
        );
    }

    #[test]
    fn unknown_property_names_the_format_that_allows_it() {
        let found = schema_findings(json!({
            "manifestVersion": "1.16",
            "$schema": "https://developer.microsoft.com/json-schemas/teams/v1.16/MicrosoftTeams.schema.json",
            "copilotAgents": {"declarativeAgents": [{"id": "a", "file": "a.json"}]}
        }));
        assert!(
            found.iter().any(|(p, m)| p.is_empty()
                && m.contains("`copilotAgents` needs manifest format 1.19 or later; you use 1.16")),
            "{found:?}"
        );
        let found = schema_findings(json!({"colour": "blue"}));
        assert!(
            found
                .iter()
                .any(|(_, m)| m.contains("`colour` is not a field manifest format 1.17 knows")),
            "{found:?}"
        );
    }

    #[test]
    fn required_points_at_the_object_and_patterns_give_examples() {
        let found = schema_findings(
            json!({"developer": {"name": "C", "websiteUrl": "https://c.example", "privacyUrl": "https://c.example"}, "id": "not-a-guid", "accentColor": "blue"}),
        );
        assert!(
            found
                .iter()
                .any(|(p, m)| p == "/developer" && m.contains("`termsOfUseUrl`")),
            "{found:?}"
        );
        assert!(
            found
                .iter()
                .any(|(p, m)| p == "/id" && m.contains("0b5c3d6e-1234-4abc-9def-00112233aabb")),
            "{found:?}"
        );
        assert!(
            found
                .iter()
                .any(|(p, m)| p == "/accentColor" && m.contains("#4F6BED")),
            "{found:?}"
        );
    }

    #[test]
    fn uri_format_on_schema_link() {
        let found = schema_findings(json!({"$schema": "MicrosoftTeams.schema.json"}));
        assert!(found.iter().any(|(p, _)| p == "/$schema"), "{found:?}");
    }
}
