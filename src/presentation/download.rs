//! msg!("report-download-title").text().

use super::{Group, Item, Line, Link, Mark, Medium, Section, SectionId};
use crate::msg;
use crate::report::Report;

pub(super) fn download(report: &Report, medium: Medium) -> Section {
    let mut section = Section::new(SectionId::Download, msg!("report-download-title").text());
    match (&report.download_url, &report.no_link_reason) {
        (Some(url), _) => {
            section.intro = Some(
                match medium {
                    Medium::Window => msg!("report-download-window").text(),
                    Medium::Terminal => msg!("report-download-terminal").text(),
                    Medium::Document => msg!("report-download-document").text(),
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
                text: reason.text(),
            });
        }
        (None, None) => {}
    }
    section
}
