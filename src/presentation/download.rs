//! "Download link for your website".

use super::{Group, Item, Line, Link, Mark, Medium, Section, SectionId};
use crate::report::Report;

pub(super) fn download(report: &Report, medium: Medium) -> Section {
    let mut section = Section::new(SectionId::Download, "Download link for your website");
    match (&report.download_url, &report.no_link_reason) {
        (Some(url), _) => {
            section.intro = Some(
                match medium {
                    Medium::Window => "Put a button on your website that opens your app in the Teams store; the window makes its HTML for you.",
                    Medium::Terminal => "Put a button on your website that opens your app in the Teams store; run teams-update-check button with the new file to print its HTML.",
                    Medium::Document => "Put a button on your website that opens your app in the Teams store; Teams Update Check makes its HTML for you.",
                }
                .to_string(),
            );
            let mut item = Item::new(Mark::Info, url.clone(), "download-link");
            item.link = Some(Link {
                title: url.clone(),
                url: url.clone(),
            });
            section.groups.push(Group::plain(vec![item], "download"));
        }
        (None, Some(reason)) => {
            section.lead = Some(Line {
                mark: Mark::Info,
                text: reason.clone(),
            });
        }
        (None, None) => {}
    }
    section
}
