//! Web addresses: their host, and whether it is the developer's own computer. Used by
//! the store checks and by the agent files' change words alike.

/// The lower-case host of an absolute address (`https://Tasks.Contoso.com:8443/x` →
/// `tasks.contoso.com`), or of a bare domain with a port (`localhost:3000` → `localhost`).
pub fn host_of(address: &str) -> Option<String> {
    let rest = address.split_once("://").map_or(address, |(_, rest)| rest);
    let authority = rest.split(['/', '?', '#']).next()?;
    let host = authority.rsplit('@').next()?;
    let host = if host.starts_with('[') {
        host.split(']').next().map(|h| h.trim_start_matches('['))?
    } else {
        host.split(':').next()?
    };
    (!host.is_empty()).then(|| host.to_lowercase())
}

/// True when a host is the developer's own computer or private network: `localhost`
/// (and its subdomains), a loopback, private, link-local or unspecified IP address.
/// Such an address works only on the machine or network it was built on.
pub fn is_own_computer(host: &str) -> bool {
    let host = host.trim_end_matches('.').to_lowercase();
    if host == "localhost" || host.ends_with(".localhost") {
        return true;
    }
    match host.parse::<std::net::IpAddr>() {
        Ok(std::net::IpAddr::V4(ip)) => {
            ip.is_loopback() || ip.is_private() || ip.is_link_local() || ip.is_unspecified()
        }
        Ok(std::net::IpAddr::V6(ip)) => {
            ip.is_loopback() || ip.is_unspecified() || (ip.segments()[0] & 0xfe00) == 0xfc00
        }
        Err(_) => false,
    }
}
