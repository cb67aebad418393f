import { describe, expect, it } from "vitest";
import { allSites, getSite } from "../sites.js";
import { renderLocalConfig, renderProductionConfig } from "./nginx-config.js";
import { nginxValue, planServers, renderSiteServer, reservedFor, SNIPPETS, type ServerPlan } from "./nginx.js";
import type { Redirect, SiteRedirects } from "./redirects.js";

interface Block {
  head: string;
  directives: string[];
  children: Block[];
}

/** Just enough of nginx's syntax for these tests: blocks, directives, quotes and comments. */
function parseNginx(text: string): Block {
  const root: Block = { head: "", directives: [], children: [] };
  const stack = [root];
  let token = "";
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '"') {
      const end = text.indexOf('"', i + 1);
      token += text.slice(i, end + 1);
      i = end;
    } else if (char === "#") i = text.indexOf("\n", i) === -1 ? text.length : text.indexOf("\n", i);
    else if (char === "{") {
      const child: Block = { head: token.trim().replace(/\s+/g, " "), directives: [], children: [] };
      stack.at(-1)!.children.push(child);
      stack.push(child);
      token = "";
    } else if (char === ";") {
      stack.at(-1)!.directives.push(token.trim().replace(/\s+/g, " "));
      token = "";
    } else if (char === "}") stack.pop();
    else token += char;
  }
  expect(stack).toHaveLength(1);
  return root;
}

function allBlocks(block: Block): Block[] {
  return [block, ...block.children.flatMap(allBlocks)];
}

const rijnmond = getSite("rijnmond")!;
const redirect = (index: number, fromHost: string, fromPath: string, toHost: string, toPath: string): Redirect => ({
  index,
  line: index * 2 + 1,
  from: { host: fromHost, path: fromPath, fragment: "" },
  to: { host: toHost, path: toPath, fragment: "" },
});
const siteRedirects: SiteRedirects[] = [
  {
    site: rijnmond,
    file: "/repo/sites/rijnmond/redirects.yml",
    redirects: [
      redirect(0, rijnmond.host, "/werkgeversservicepunt/", rijnmond.host, "/"),
      redirect(1, rijnmond.host, "/over ons", "werkcentrum.nl", "/"),
      redirect(2, "www.rmt-voorbeeld.example", "/contact", rijnmond.host, "/"),
    ],
  },
];
const plan: ServerPlan = planServers("/srv/dist", siteRedirects);
const snippet = (name: string) => `include /conf/${name}`;

describe("planServers", () => {
  it("has one server per registry site, in registry order, and one per legacy host", () => {
    expect(plan.sites.map((site) => site.host)).toEqual(allSites.map((site) => site.host));
    expect(plan.sites.find((site) => site.host === rijnmond.host)).toMatchObject({
      root: "/srv/dist/rijnmond.werkcentrum.nl",
      redirects: [{ index: 0 }, { index: 1 }],
    });
    expect(plan.legacy).toEqual([
      expect.objectContaining({
        host: "www.rmt-voorbeeld.example",
        fallback: "https://rijnmond.werkcentrum.nl/",
        redirects: [expect.objectContaining({ index: 2 })],
      }),
    ]);
  });
});

describe("renderLocalConfig", () => {
  const text = renderLocalConfig(plan, { listen: "127.0.0.1:8080", confDir: "/conf", stateDir: "/tmp/state" }, "werkcentrum nginx");
  const config = parseNginx(text);
  const http = config.children.find((block) => block.head === "http")!;
  const servers = http.children.filter((block) => block.head === "server");

  it("is a complete main context whose pid, logs and temp folders are all in the state folder", () => {
    expect(config.children.map((block) => block.head)).toEqual(["events", "http"]);
    expect(config.directives).toEqual(expect.arrayContaining(["pid /tmp/state/nginx.pid", "error_log /tmp/state/error.log warn"]));
    const paths = http.directives.filter((d) => /^(access_log|\w+_temp_path) /.test(d)).map((d) => d.split(" ")[1]);
    expect(paths).toHaveLength(6);
    for (const path of paths) expect(path).toMatch(/^\/tmp\/state\//);
  });

  it("serves exactly the 36 registry hosts and the legacy host by name, and refuses the rest with 444", () => {
    const names = servers.flatMap((server) => server.directives.filter((d) => d.startsWith("server_name ")).map((d) => d.slice(12)));
    expect(names).toEqual(["_", ...allSites.map((site) => site.host), "www.werkcentrum.nl", "www.rmt-voorbeeld.example"]);
    for (const name of names) expect(name).toMatch(/^[a-z0-9.-]+$|^_$/);
    expect(servers[0]!.directives).toEqual([
      "listen 127.0.0.1:8080 default_server",
      "server_name _",
      "access_log /tmp/state/access.log werkcentrum_privacy",
      "log_not_found off",
      snippet(SNIPPETS.securityHeaders),
      "return 444",
    ]);
    expect(servers.slice(1).every((server) => server.directives.includes("listen 127.0.0.1:8080"))).toBe(true);
  });

  it("includes the security headers in every server and in every location that adds headers of its own", () => {
    for (const server of servers) {
      expect(server.directives).toContain(snippet(SNIPPETS.securityHeaders));
      expect(server.directives).toContain("access_log /tmp/state/access.log werkcentrum_privacy");
      // The 416 location adds one empty header, so that nginx adds nothing a second time (nginx.ts).
      const headerBlocks = allBlocks(server).filter(
        (b) => b.directives.some((d) => d.startsWith("add_header")) && b.head !== "location @range_not_satisfiable",
      );
      for (const block of headerBlocks) {
        // The search page, its index and (on werkcentrum.nl) each region's index: Pagefind compiles WebAssembly.
        const search = ["location ^~ /zoeken/", "location ^~ /pagefind/"].includes(block.head) || block.head.startsWith("location ^~ /zoeken/regio/");
        expect(block.directives, block.head).toContain(snippet(search ? SNIPPETS.searchSecurityHeaders : SNIPPETS.securityHeaders));
      }
    }
  });

  it("gives each site its root, the 404 page, try_files, precompressed files and the two cache policies", () => {
    const site = servers.find((server) => server.directives.includes(`server_name ${rijnmond.host}`))!;
    expect(site.directives).toEqual(
      expect.arrayContaining([
        "root /srv/dist/rijnmond.werkcentrum.nl",
        snippet(SNIPPETS.contentTypes),
        "error_page 404 /404.html",
        "error_page 403 =404 /404.html",
        "error_page 416 @range_not_satisfiable",
        "gzip_static on",
        'add_header Cache-Control "no-cache" always',
      ]),
    );
    const locations = Object.fromEntries(site.children.map((block) => [block.head, block.directives]));
    expect(locations["location /"]).toEqual(["try_files $uri $uri/ =404"]);
    expect(locations["location = /404.html"]).toEqual(["internal"]);
    expect(site.directives).toContain("index index.html /.werkcentrum-no-index");
    expect(locations["location = /.werkcentrum-no-index"]).toEqual(["internal", "return 404"]);
    expect(locations["location @range_not_satisfiable"]).toEqual(['add_header X-Werkcentrum-None ""', "return 416"]);
    // Only the search page and Pagefind's files get the policy with 'wasm-unsafe-eval' (Pagefind runs WebAssembly).
    for (const prefix of ["/zoeken/", "/pagefind/"]) {
      expect(locations[`location ^~ ${prefix}`]).toEqual([
        snippet(SNIPPETS.searchSecurityHeaders),
        'add_header Cache-Control "no-cache" always',
        "try_files $uri $uri/ =404",
      ]);
    }
    const hashed = Object.entries(locations).find(([head]) => head.startsWith("location ~ "))!;
    expect(hashed[1]).toContain('add_header Cache-Control "public, max-age=31536000, immutable" always');
  });

  it("opens the open data to every origin (CORS) on werkcentrum.nl only, and nothing else", () => {
    const serverOf = (host: string) => servers.find((server) => server.directives.includes(`server_name ${host}`))!;
    const corsBlocks = (server: Block) =>
      allBlocks(server).filter((b) => b.directives.some((d) => d.startsWith("add_header Access-Control-Allow-Origin")));
    const landing = corsBlocks(serverOf("werkcentrum.nl"));
    expect(landing.map((b) => b.head)).toEqual(["location ^~ /data/"]);
    expect(landing[0]!.directives).toEqual([
      snippet(SNIPPETS.securityHeaders),
      'add_header Cache-Control "no-cache" always',
      'add_header Access-Control-Allow-Origin "*" always',
      "try_files $uri =404",
    ]);
    expect(corsBlocks(serverOf(rijnmond.host))).toEqual([]);
  });

  it("serves every region's search index on werkcentrum.nl from the region's own folder, and on no other site", () => {
    const serverOf = (host: string) => servers.find((server) => server.directives.includes(`server_name ${host}`))!;
    const aliased = (server: Block) => allBlocks(server).filter((b) => b.directives.some((d) => d.startsWith("alias ")));
    const landing = aliased(serverOf("werkcentrum.nl"));
    expect(landing).toHaveLength(allSites.length - 1);
    expect(landing.find((b) => b.head === "location ^~ /zoeken/regio/rijnmond/")!.directives).toEqual([
      snippet(SNIPPETS.searchSecurityHeaders),
      'add_header Cache-Control "no-cache" always',
      "alias /srv/dist/rijnmond.werkcentrum.nl/pagefind/",
    ]);
    expect(aliased(serverOf(rijnmond.host))).toEqual([]);
  });

  it("turns redirects into exact-match 301s to absolute https addresses, quoting what needs it", () => {
    expect(text).toContain("location = /werkgeversservicepunt/ { return 301 https://rijnmond.werkcentrum.nl/; }");
    expect(text).toContain('location = "/over ons" { return 301 https://werkcentrum.nl/; }');
    const legacy = servers.at(-1)!;
    expect(legacy.children.map((b) => [b.head, b.directives])).toEqual([
      ["location = /contact", ["return 301 https://rijnmond.werkcentrum.nl/"]],
      ["location /", ["return 301 https://rijnmond.werkcentrum.nl/"]],
    ]);
  });
});

describe("renderProductionConfig", () => {
  const text = renderProductionConfig(planServers("/srv/werkcentrum/current", siteRedirects), { confDir: "/etc/nginx/werkcentrum" });
  const servers = parseNginx(text).children;

  it("follows symbolic links, as both configurations must: dist/<host> and the current release are links", () => {
    // nginx's default is `disable_symlinks off`; a configuration that set it would serve 403 for every page of dist/.
    const local = renderLocalConfig(
      planServers("/srv/dist", siteRedirects),
      { listen: "127.0.0.1:8080", confDir: "/conf", stateDir: "/tmp/state" },
      "werkcentrum nginx",
    );
    for (const config of [text, local]) expect(config).not.toMatch(/disable_symlinks/);
  });

  it("is a file for inside http {}: the two maps and the log format, then server blocks only", () => {
    const root = parseNginx(text);
    expect(root.children.slice(0, 3).map((block) => block.head)).toEqual([
      "map $remote_addr $werkcentrum_client",
      "map $request_uri $werkcentrum_path",
      "map $status $werkcentrum_allow",
    ]);
    expect(root.directives).toEqual([expect.stringMatching(/^log_format werkcentrum_privacy '\$werkcentrum_client /)]);
    expect(root.directives[0]).not.toMatch(/\$remote_addr|\$request |\$http_referer|\$http_user_agent|\$args|\$request_uri/);
    expect(servers.slice(3).every((block) => block.head === "server")).toBe(true);
    for (const server of servers.slice(3))
      expect(server.directives).toContain("access_log /var/log/nginx/werkcentrum.access.log werkcentrum_privacy");
  });

  it("truncates client addresses to /24 and /48 in the map", () => {
    const map = parseNginx(text).children[0]!;
    const rules = map.directives.map((d) => d.split(" ") as [string, string]);
    const truncate = (address: string) => {
      for (const [pattern, value] of rules) {
        if (pattern === "default") return value;
        const match = new RegExp(pattern.slice(2, -1)).exec(address);
        if (match) return value.replace("$werkcentrum_net", match.groups!.werkcentrum_net!);
      }
      return undefined;
    };
    expect(truncate("192.0.2.123")).toBe("192.0.2.0");
    expect(truncate("2001:db8:abcd:12:1:2:3:4")).toBe("2001:db8:abcd::");
    expect(truncate("2001:db8::1")).toBe("2001:db8::");
    expect(truncate("fe80::1")).toBe("fe80::");
    expect(truncate("::1")).toBe("-");
    expect(truncate("unix:")).toBe("-");
  });

  it("refuses unknown hosts on port 80 and 443, rejecting the TLS handshake", () => {
    const defaults = servers.filter((server) => server.directives.some((d) => d.endsWith("default_server")));
    const log = ["access_log /var/log/nginx/werkcentrum.access.log werkcentrum_privacy", "log_not_found off"];
    const headers = "include /etc/nginx/werkcentrum/security-headers.conf";
    expect(defaults.map((server) => server.directives)).toEqual([
      ["listen 80 default_server", "listen [::]:80 default_server", "server_name _", ...log, headers, "return 444"],
      [
        "listen 443 ssl default_server",
        "listen [::]:443 ssl default_server",
        "server_name _",
        ...log,
        "ssl_reject_handshake on",
        headers,
        "return 444",
      ],
    ]);
  });

  it("moves every known host from port 80 to https, with the security headers", () => {
    const upgrade = servers.find((server) => server.directives.includes("listen 80"))!;
    const names = upgrade.directives
      .find((d) => d.startsWith("server_name "))!
      .split(" ")
      .slice(1);
    expect(names).toEqual([...allSites.map((site) => site.host), "www.werkcentrum.nl", "www.rmt-voorbeeld.example"]);
    expect(upgrade.directives).toContain("include /etc/nginx/werkcentrum/security-headers.conf");
    expect(upgrade.children).toEqual([{ head: "location /", directives: ["return 301 https://$host$request_uri"], children: [] }]);
  });

  it("gives every HTTPS server the hosting team's TLS include; a legacy host its own", () => {
    const https = servers.filter((server) => server.directives.includes("listen 443 ssl"));
    expect(https).toHaveLength(38);
    // The 36 sites and www.werkcentrum.nl: the one certificate for werkcentrum.nl and *.werkcentrum.nl.
    for (const server of https.slice(0, 37)) expect(server.directives).toContain("include /etc/nginx/werkcentrum/tls.conf");
    expect(https[37]!.directives).toContain("include /etc/nginx/werkcentrum/tls/www.rmt-voorbeeld.example.conf");
    expect(https[0]!.directives).toContain("root /srv/werkcentrum/current/werkcentrum.nl");
  });

  it("moves www.werkcentrum.nl to the landing site with the security headers, and serves no www. of a region", () => {
    const www = servers.find((server) => server.directives.includes("server_name www.werkcentrum.nl"))!;
    expect(www.directives).toEqual(
      expect.arrayContaining(["include /etc/nginx/werkcentrum/tls.conf", "include /etc/nginx/werkcentrum/security-headers.conf"]),
    );
    expect(www.children).toEqual([{ head: "location /", directives: ["return 301 https://werkcentrum.nl$request_uri"], children: [] }]);
    expect(text).not.toMatch(/www\.[a-z-]+\.werkcentrum\.nl/);
  });

  it("is the same text for the same input", () => {
    expect(renderProductionConfig(planServers("/srv/werkcentrum/current", siteRedirects), { confDir: "/etc/nginx/werkcentrum" })).toBe(text);
  });
});

describe("the web editor's location", () => {
  const site = { host: "rijnmond.werkcentrum.nl", root: "/srv/x", redirects: [] };
  it("is there only with webEditor, with its own headers snippet and the shared cache rule", () => {
    const without = renderSiteServer(site, { listen: ["80"], confDir: "/etc/nginx/werkcentrum" }).join("\n");
    expect(without).not.toContain("/admin/");
    const lines = renderSiteServer(site, { listen: ["80"], confDir: "/etc/nginx/werkcentrum", webEditor: true }).map((line) => line.trim());
    const start = lines.indexOf("location ^~ /admin/ {");
    expect(lines.slice(start + 1, lines.indexOf("}", start))).toEqual([
      `include /etc/nginx/werkcentrum/${SNIPPETS.adminSecurityHeaders};`,
      'add_header Cache-Control "no-cache" always;',
      "try_files $uri $uri/ =404;",
    ]);
    // The strict snippet never appears inside the admin location, and stays at server level.
    expect(lines).toContain(`include /etc/nginx/werkcentrum/${SNIPPETS.securityHeaders};`);
  });

  it("reserves /admin/ for redirects whether or not the web editor is set up", () => {
    expect(reservedFor("/admin/config.yml")?.source).toBe("location ^~ /admin/ {");
    expect(reservedFor("/admin")).toBeDefined();
    // werkcentrum.nl's open data: a redirect may not hide /data/regios.json.
    expect(reservedFor("/data/regios.json")?.source).toMatch(/^location \^~ \/data\/ \{$/);
  });
});

describe("nginxValue", () => {
  it.each([
    ["/srv/dist", "/srv/dist"],
    ["https://a.example/b%20c", "https://a.example/b%20c"],
    ["/over ons", '"/over ons"'],
    ["/l'oud", `"/l'oud"`],
  ])("%s → %s", (value, expected) => {
    expect(nginxValue(value)).toBe(expected);
  });
});
