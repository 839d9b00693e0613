//! `addin-office-apps-changed`
//!
//! **What it checks:** whether the Office add-in in `extensions` now runs in an Office
//! application it did not run in: the published version has no add-in and the new one
//! has; or HOSTS (the texts of every `requirements.scopes` inside the extensions, all four
//! applications for an extension without any) gains a text; or an extension at the same
//! index had its own `requirements.scopes` and no longer has (it can then be installed in
//! every application). The same applications in another order or repeated, removals and
//! narrowings, requirement sets and form factors do not trigger.
//!
//! **Why:** Microsoft's guide to maintaining an add-in says some manifest changes make the
//! admin who deployed the add-in consent again, among them "adding or changing the Office
//! applications that are supported by the add-in". Until the admin does, people in that
//! organization cannot use the updated add-in. It is the admin who is asked, not each user.
//!
//! **Example:** `extensions[0].requirements.scopes` goes from `["mail"]` to
//! `["mail", "workbook"]`: the add-in now also runs in Excel.

use super::{Comparison, Evidence, Rule, Source};

/// The rule's definition.
pub const RULE: Rule = Rule {
    id: "addin-office-apps-changed",
    source: Source::OfficeAddinDocs,
    asks: super::Asks::Admin,
    title_id: "rule-addin-office-apps-changed-title",
    explanation_id: "rule-addin-office-apps-changed-explanation",
    check,
};

fn check(c: &Comparison<'_>) -> Vec<Evidence> {
    crate::addin::office_apps_added(&c.old.document, &c.new.document)
        .into_iter()
        .map(|line| Evidence::new(line.text, line.developer))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::test_support::{evidence, plain_evidence};
    use serde_json::{Value, json};

    fn addin(scopes: Value) -> Value {
        json!({"extensions": [{"requirements": {"scopes": scopes}, "ribbons": []}]})
    }

    #[test]
    fn an_added_application_triggers() {
        let e = plain_evidence(
            &RULE,
            addin(json!(["mail"])),
            addin(json!(["mail", "workbook"])),
        );
        assert_eq!(e, ["The add-in now also runs in Excel"]);
        let d = evidence(
            &RULE,
            addin(json!(["mail"])),
            addin(json!(["mail", "workbook"])),
        );
        assert_eq!(
            d,
            ["Application `workbook` added at `/extensions/0/requirements/scopes/1`"]
        );
    }

    #[test]
    fn a_replaced_application_triggers() {
        let e = plain_evidence(&RULE, addin(json!(["mail"])), addin(json!(["document"])));
        assert_eq!(e, ["The add-in now also runs in Word"]);
    }

    #[test]
    fn a_new_addin_triggers() {
        let e = plain_evidence(&RULE, json!({}), addin(json!(["mail", "workbook"])));
        assert_eq!(e, ["Office add-in added: runs in Outlook and Excel"]);
        // Not an array, or no object in it: no add-in.
        let e = plain_evidence(&RULE, json!({"extensions": {}}), json!({"extensions": [1]}));
        assert!(e.is_empty());
    }

    #[test]
    fn lifting_the_scopes_triggers() {
        let e = plain_evidence(
            &RULE,
            addin(json!(["mail"])),
            json!({"extensions": [{"ribbons": []}]}),
        );
        assert_eq!(
            e,
            [
                "The add-in is no longer limited to Outlook",
                "The add-in now also runs in Excel",
                "The add-in now also runs in Word",
                "The add-in now also runs in PowerPoint"
            ]
        );
        // Lifted though all four were named: still no longer limited.
        let all = addin(json!(["mail", "workbook", "document", "presentation"]));
        let e = plain_evidence(&RULE, all, json!({"extensions": [{}]}));
        assert_eq!(
            e,
            ["The add-in is no longer limited to Outlook, Excel, Word and PowerPoint"]
        );
    }

    #[test]
    fn scopes_inside_count_too() {
        let old = json!({"extensions": [{"requirements": {"scopes": ["mail"]},
            "ribbons": [{"requirements": {"scopes": ["mail"]}}]}]});
        let new = json!({"extensions": [{"requirements": {"scopes": ["mail"]},
            "ribbons": [{"requirements": {"scopes": ["mail", "presentation"]}}]}]});
        assert_eq!(
            plain_evidence(&RULE, old, new),
            ["The add-in now also runs in PowerPoint"]
        );
    }

    #[test]
    fn order_repeats_removals_and_narrowing_do_not_trigger() {
        let both = addin(json!(["mail", "workbook"]));
        for new in [
            addin(json!(["workbook", "mail", "mail"])),
            addin(json!(["mail"])),
            json!({}),
            json!({"extensions": []}),
        ] {
            assert!(evidence(&RULE, both.clone(), new).is_empty());
        }
        // No scopes (all four) narrowed to Outlook.
        let e = evidence(&RULE, json!({"extensions": [{}]}), addin(json!(["mail"])));
        assert!(e.is_empty());
    }

    #[test]
    fn requirement_sets_and_form_factors_do_not_trigger() {
        let old = json!({"extensions": [{"requirements": {"scopes": ["mail"],
            "capabilities": [{"name": "Mailbox", "minVersion": "1.3"}], "formFactors": ["desktop"]}}]});
        let new = json!({"extensions": [{"requirements": {"scopes": ["mail"],
            "capabilities": [{"name": "Mailbox", "minVersion": "1.5"}], "formFactors": ["desktop", "mobile"]}}]});
        assert!(evidence(&RULE, old, new).is_empty());
    }

    #[test]
    fn other_types_contribute_nothing() {
        // A scope that is not a text says nothing; a `scopes` that is not a list is no list
        // (all four applications).
        let old = addin(json!(["mail", 7]));
        assert!(evidence(&RULE, old.clone(), addin(json!(["mail", 8]))).is_empty());
        let e = plain_evidence(&RULE, old, addin(json!("mail")));
        assert_eq!(
            e.first().map(String::as_str),
            Some("The add-in is no longer limited to Outlook")
        );
    }
}
