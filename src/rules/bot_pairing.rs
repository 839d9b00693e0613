//! Which bot of the published manifest corresponds to which bot of the new one.
//!
//! Bots are matched by their ID (GUIDs ignoring letter case), one to one in
//! list order: each published bot takes the first not-yet-taken new bot with
//! the same ID. The bots left over on both sides are then paired in list
//! order, and each such pair counts as a bot whose ID changed. Whatever is
//! still left over was removed (published side) or added (new side).

use crate::ids::identity_key;
use crate::manifest::Bot;

/// The correspondence between the bots of two manifests, by position.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BotPairing {
    /// (published, new) positions of bots with the same ID.
    pub same_id: Vec<(usize, usize)>,
    /// (published, new) positions of bots paired up although their IDs differ.
    pub id_changed: Vec<(usize, usize)>,
    /// Positions of published bots with no counterpart.
    pub removed: Vec<usize>,
    /// Positions of new bots with no counterpart.
    pub added: Vec<usize>,
}

impl BotPairing {
    /// Works out the pairing of two bot lists.
    pub fn new(old: &[Bot], new: &[Bot]) -> Self {
        let new_keys: Vec<String> = new.iter().map(|b| identity_key(&b.bot_id)).collect();
        let mut taken = vec![false; new.len()];
        let mut same_id = Vec::new();
        let mut unmatched_old = Vec::new();
        for (i, bot) in old.iter().enumerate() {
            let key = identity_key(&bot.bot_id);
            let free = taken.iter_mut().zip(&new_keys).enumerate();
            match free
                .filter(|(_, (t, k))| !**t && **k == key)
                .map(|(j, (t, _))| (j, t))
                .next()
            {
                Some((j, slot)) => {
                    *slot = true;
                    same_id.push((i, j));
                }
                None => unmatched_old.push(i),
            }
        }
        let unmatched_new: Vec<usize> = taken
            .iter()
            .enumerate()
            .filter(|(_, t)| !**t)
            .map(|(j, _)| j)
            .collect();
        let paired = unmatched_old.len().min(unmatched_new.len());
        BotPairing {
            same_id,
            id_changed: unmatched_old
                .iter()
                .copied()
                .zip(unmatched_new.iter().copied())
                .collect(),
            removed: unmatched_old.iter().skip(paired).copied().collect(),
            added: unmatched_new.iter().skip(paired).copied().collect(),
        }
    }

    /// Every (published, new) pair whose settings should be compared: same ID or ID changed.
    pub fn corresponding(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        self.same_id.iter().chain(&self.id_changed).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bots(ids: &[&str]) -> Vec<Bot> {
        ids.iter()
            .map(|id| Bot {
                bot_id: id.to_string(),
                is_notification_only: false,
                supports_files: false,
                supports_calling: false,
                supports_video: false,
            })
            .collect()
    }

    #[test]
    fn matches_by_id_then_pairs_leftovers_in_order() {
        let p = BotPairing::new(&bots(&["a", "b", "c"]), &bots(&["c", "x", "a"]));
        assert_eq!(p.same_id, vec![(0, 2), (2, 0)]);
        assert_eq!(p.id_changed, vec![(1, 1)]);
        assert!(p.removed.is_empty() && p.added.is_empty());
    }

    #[test]
    fn duplicates_match_one_to_one() {
        let p = BotPairing::new(&bots(&["a", "a"]), &bots(&["a"]));
        assert_eq!(p.same_id, vec![(0, 0)]);
        assert_eq!(p.removed, vec![1]);
    }

    #[test]
    fn guid_case_is_ignored() {
        let p = BotPairing::new(
            &bots(&["0B5C3D6E-1234-4ABC-9DEF-00112233AABB"]),
            &bots(&["0b5c3d6e-1234-4abc-9def-00112233aabb"]),
        );
        assert_eq!(p.same_id, vec![(0, 0)]);
    }

    #[test]
    fn leftovers_beyond_pairs_are_added_or_removed() {
        let p = BotPairing::new(&bots(&["a"]), &bots(&["x", "y"]));
        assert_eq!(p.id_changed, vec![(0, 0)]);
        assert_eq!(p.added, vec![1]);
        let p = BotPairing::new(&bots(&["a", "b"]), &bots(&[]));
        assert_eq!(p.removed, vec![0, 1]);
    }
}
