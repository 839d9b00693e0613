//! The library's modules stand in floors that do not loop: no module uses, directly or
//! through others, one that uses it back. The store checks do not use the loader
//! (`input`), and guidance does not use `fix`.
//!
//! A module is a top-level module of the library (`src/store/` with its files is
//! `store`); a use is any `crate::name` in its code outside its unit tests and comments.
//! The window (`src/app/`) and the binaries stand above everything and are left out.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

type Graph = BTreeMap<String, BTreeMap<String, BTreeSet<String>>>;

/// Code without comments and without its `#[cfg(test)] mod tests` block.
fn code_of(text: &str) -> String {
    let text = text.split("#[cfg(test)]\nmod tests").next().unwrap_or(text);
    text.lines()
        .map(|line| match line.find("//") {
            Some(at) => line.get(..at).unwrap_or(line),
            None => line,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The modules a piece of code names as `crate::name` or in `use crate::{a, b::c}`.
fn used_modules(code: &str) -> BTreeSet<String> {
    let mut used = BTreeSet::new();
    let word = |text: &str| -> String {
        text.chars()
            .take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '_')
            .collect()
    };
    let mut rest = code;
    while let Some(at) = rest.find("crate::") {
        let after = rest.get(at + 7..).unwrap_or("");
        if let Some(group) = after.strip_prefix('{') {
            // The names at the group's own level: `a` and `b` in `{a, b::{c, d}}`.
            let mut depth = 0usize;
            let mut at_name = true;
            for (index, c) in group.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => break,
                    '}' => depth -= 1,
                    ',' if depth == 0 => at_name = true,
                    c if at_name && !c.is_whitespace() => {
                        at_name = false;
                        let name = word(group.get(index..).unwrap_or(""));
                        if !name.is_empty() {
                            used.insert(name);
                        }
                    }
                    _ => {}
                }
            }
        } else {
            let name = word(after);
            if !name.is_empty() {
                used.insert(name);
            }
        }
        rest = after;
    }
    used
}

fn read_graph(src: &Path) -> Graph {
    fn walk(folder: &Path, files: &mut Vec<std::path::PathBuf>) {
        let Ok(entries) = std::fs::read_dir(folder) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, files);
            } else if path.extension().is_some_and(|ext| ext == "rs") {
                files.push(path);
            }
        }
    }
    let mut files = Vec::new();
    walk(src, &mut files);
    let mut graph = Graph::new();
    for path in files {
        let Ok(relative) = path.strip_prefix(src) else {
            continue;
        };
        let relative = relative.to_string_lossy().replace('\\', "/");
        let module = relative
            .split('/')
            .next()
            .unwrap_or("")
            .trim_end_matches(".rs")
            .to_string();
        if ["main", "lib", "app", "bin"].contains(&module.as_str()) {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        let entry = graph.entry(module.clone()).or_default();
        for used in used_modules(&code_of(&text)) {
            if used != module {
                entry.entry(used).or_default().insert(relative.clone());
            }
        }
    }
    graph
}

/// The module circles of a graph: each strongly connected set of more than one module.
fn circles(graph: &Graph) -> Vec<BTreeSet<String>> {
    // Reachability by repeated search: small graph, plain code.
    let reach = |from: &str| -> BTreeSet<String> {
        let mut seen = BTreeSet::new();
        let mut stack = vec![from.to_string()];
        while let Some(module) = stack.pop() {
            for next in graph
                .get(&module)
                .map(|uses| uses.keys())
                .into_iter()
                .flatten()
            {
                if seen.insert(next.clone()) {
                    stack.push(next.clone());
                }
            }
        }
        seen
    };
    let mut found: Vec<BTreeSet<String>> = Vec::new();
    for module in graph.keys() {
        let from = reach(module);
        if !from.contains(module) || found.iter().any(|set| set.contains(module)) {
            continue;
        }
        let set: BTreeSet<String> = from
            .iter()
            .filter(|other| reach(other).contains(module))
            .cloned()
            .collect();
        found.push(set);
    }
    found
}

#[test]
fn no_module_uses_one_that_uses_it_back() {
    let graph = read_graph(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"));
    assert!(graph.len() > 20, "read the modules: {:?}", graph.keys());
    let found = circles(&graph);
    let described: Vec<String> = found
        .iter()
        .map(|set| {
            let mut lines = vec![format!("circle: {set:?}")];
            for module in set {
                for (used, files) in graph.get(module).into_iter().flatten() {
                    if set.contains(used) {
                        lines.push(format!("  {module} -> {used} in {files:?}"));
                    }
                }
            }
            lines.join("\n")
        })
        .collect();
    assert!(found.is_empty(), "{}", described.join("\n"));
}

#[test]
fn the_store_checks_do_not_use_the_loader_and_guidance_does_not_use_fix() {
    let graph = read_graph(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"));
    for (module, forbidden) in [("store", "input"), ("guidance", "fix")] {
        let files = graph.get(module).and_then(|uses| uses.get(forbidden));
        assert!(files.is_none(), "{module} uses {forbidden} in {files:?}");
    }
}

#[test]
fn the_reader_finds_uses_and_circles() {
    let code = code_of(
        "use crate::{a, b::{c, d}};\n// crate::comment\nfn f() { crate::e::g(); }\n#[cfg(test)]\nmod tests { use crate::t; }",
    );
    let used = used_modules(&code);
    assert_eq!(
        used.into_iter().collect::<Vec<_>>(),
        ["a", "b", "e"].map(String::from)
    );
    let mut graph = Graph::new();
    graph
        .entry("x".into())
        .or_default()
        .entry("y".into())
        .or_default();
    graph
        .entry("y".into())
        .or_default()
        .entry("x".into())
        .or_default();
    graph
        .entry("z".into())
        .or_default()
        .entry("x".into())
        .or_default();
    let found = circles(&graph);
    assert_eq!(found.len(), 1);
    assert_eq!(
        found[0].iter().cloned().collect::<Vec<_>>(),
        ["x", "y"].map(String::from)
    );
}
