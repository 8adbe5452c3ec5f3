namespace IdentityFabric.Catalog.Tests;

/// <summary>
/// Each rule of the catalog, as a table: a file added to a small valid catalog, and exactly the problem lines
/// (location, severity, path and message) that it must produce — no more, no fewer.
/// </summary>
public sealed class ValidationRuleTests
{
    private static readonly string Service60 = new('s', 60);
    private static readonly string Service40 = new('l', 40);

    private static IEnumerable<TestCaseData> Rules()
    {
        yield return Case("A service calling an unknown service is an error at the reference", """
            services:
              - name: billing-client
                protocol: http
                port: 8081
                healthCheck: { path: /h }
                calls: [front, billing]
            """, "case.yaml:6:20: error: services[0].calls[1]: unknown service 'billing'");

        yield return Case("Service names the program keeps for its own workloads and resources are errors, each with its reason", """
            services:
              - name: network
                protocol: http
                port: 8081
                healthCheck: { path: /h }
              - name: ingress
                protocol: http
                port: 8082
                healthCheck: { path: /h }
              - name: edge-ingress
                protocol: http
                port: 8083
                healthCheck: { path: /h }
              - name: ingress-gateway
                protocol: http
                port: 8084
                healthCheck: { path: /h }
            """,
            "case.yaml:2:11: error: services[0].name: the service name 'network' is reserved: the Lattice backend names its service network's resources so (lattice-network-auth would be both the network's auth policy and this service's)",
            "case.yaml:6:11: error: services[1].name: the service name 'ingress' is reserved: the Lattice backend keys the ingress's role by that name beside the services' roles",
            "case.yaml:10:11: error: services[2].name: the service name 'edge-ingress' is reserved: the edge ingress runs under that name, with the IAM role {env}-edge-ingress-envoy",
            "case.yaml:14:11: error: services[3].name: the service name 'ingress-gateway' is reserved: the App Mesh ingress gateway runs under that name, with the IAM role {env}-ingress-gateway-envoy");

        yield return Case("A machine client's name must fit the IAM role that reads its credentials in every environment", """
            edges:
              - name: api
                hostnames: { dev: api.example.com }
                routes:
                  - name: front-read
                    path: /front/
                    match: prefix
                    methods: [GET]
                    service: front
                    roles: [admin]
            machineClients:
              - name: mxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
                routes: [front-read]
                tokenDuration: 8760h
                rotationDays: 90
            """, "case.yaml:12:11: error: machineClients[0].name: IAM role name 'dev-mxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-client' derived for environment 'dev' is 67 characters; the limit is 64");

        yield return Case("Names VPC Lattice keeps for its own ids are errors where a service runs on Lattice", """
            services:
              - name: svc-orders
                protocol: http
                port: 8081
                healthCheck: { path: /h }
              - name: tg-billing
                protocol: http
                port: 8082
                healthCheck: { path: /h }
            edges:
              - name: api
                hostnames: { qa: api.example.org }
                routes:
                  - name: rule-read
                    path: /orders/
                    match: prefix
                    methods: [GET]
                    service: svc-orders
                    roles: [admin]
                  - name: catalog-callers
                    path: /billing/
                    match: prefix
                    methods: [GET]
                    service: tg-billing
                    roles: [admin]
            environments:
              - name: qa
                awsAccountId: "222222222222"
                awsRegion: eu-west-1
                cloudflare: { accountId: "0000000000000000000000000000000a", zoneId: "0000000000000000000000000000000e", zoneName: example.org }
                mesh: { backend: lattice }
            """,
            "case.yaml:2:11: error: services[0].name: service name 'svc-orders' begins its VPC Lattice service and target group names, and Lattice refuses those starting with 'svc-' or 'tg-' (environment 'qa' runs it on VPC Lattice)",
            "case.yaml:6:11: error: services[1].name: service name 'tg-billing' begins its VPC Lattice service and target group names, and Lattice refuses those starting with 'svc-' or 'tg-' (environment 'qa' runs it on VPC Lattice)",
            "case.yaml:14:15: error: edges[0].routes[0].name: route id 'rule-read' names a VPC Lattice listener rule, and Lattice refuses rule names starting with 'rule-' (environment 'qa' runs VPC Lattice)",
            "case.yaml:20:15: error: edges[0].routes[1].name: route id 'catalog-callers' is the name of the listener rule each Lattice service keeps for its catalog callers (environment 'qa' runs VPC Lattice)");

        yield return Case("STS alone cannot reach App Mesh services from the edge: an environment on both backends refuses it while a restricted route ends on App Mesh", """
            edges:
              - name: api
                hostnames: { qa: api.example.org }
                routes:
                  - name: front-read
                    path: /front/
                    match: prefix
                    methods: [GET]
                    service: front
                    roles: [admin]
            environments:
              - name: qa
                awsAccountId: "222222222222"
                awsRegion: eu-west-1
                cloudflare: { accountId: "0000000000000000000000000000000a", zoneId: "0000000000000000000000000000000e", zoneName: example.org }
                mesh: { backend: both, latticeServices: [back] }
                identityPropagation: sts
            """,
            "case.yaml:17:26: error: environments[0].identityPropagation: STS alone sends no identity assertion, and App Mesh checks only the assertion: restricted edge routes reach App Mesh services (front); use 'both', or move them to latticeServices");

        yield return Case("A role takes its IdP groups from an OIDC provider, never from Cloudflare Access", """
            identityProviders:
              - name: access
                kind: cloudflare-access
                teamDomain: example-team.cloudflareaccess.com
                algorithms: [RS256]
                clockSkew: 30s
                maxTokenAge: 24h
            roles:
              - name: support
                description: Support staff.
                idpGroups: [support-agents]
                provider: access
            """, "case.yaml:12:15: error: roles[0].provider: identity provider 'access' is Cloudflare Access; a role takes its IdP groups from an OIDC provider (its Access group matches them there)");

        yield return Case("A route path holds only what the edge's route policy carries", """
            edges:
              - name: api
                hostnames: { dev: api.example.com }
                routes:
                  - name: quoted
                    path: /front/a"b
                    methods: [GET]
                    service: front
                    roles: [admin]
                  - name: accented
                    path: /front/café
                    methods: [GET]
                    service: front
                    roles: [admin]
                  - name: matrix
                    path: /front;v=1
                    methods: [GET]
                    service: front
                    roles: [admin]
            """,
            "case.yaml:6:15: error: edges[0].routes[0].path: path '/front/a\"b' holds '\"'; a route path is written in letters, digits and - . _ ~ ! $ & ' ( ) + , = : @ / only",
            "case.yaml:11:15: error: edges[0].routes[1].path: path '/front/café' holds 'é'; a route path is written in letters, digits and - . _ ~ ! $ & ' ( ) + , = : @ / only",
            "case.yaml:16:15: error: edges[0].routes[2].path: path '/front;v=1' holds ';'; a route path is written in letters, digits and - . _ ~ ! $ & ' ( ) + , = : @ / only");

        yield return Case("Each mesh's limits on the paths it matches hold where it runs the route's service", """
            services:
              - name: lat
                protocol: http
                port: 8081
                healthCheck: { path: /health;x }
            edges:
              - name: api
                hostnames: { qa: api.example.org, dev: api.example.com }
                routes:
                  - name: comma
                    path: /lat/a,b
                    methods: [GET]
                    service: lat
                    roles: [admin]
                  - name: long-prefix
                    path: /aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/
                    match: prefix
                    methods: [GET]
                    service: lat
                    roles: [admin]
                  - name: long-exact
                    path: /bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb
                    methods: [GET]
                    service: front
                    roles: [admin]
            environments:
              - name: qa
                awsAccountId: "222222222222"
                awsRegion: eu-west-1
                cloudflare: { accountId: "0000000000000000000000000000000a", zoneId: "0000000000000000000000000000000e", zoneName: example.org }
                mesh: { backend: both, latticeServices: [lat] }
            """,
            "case.yaml:5:26: error: services[0].healthCheck.path: health-check path '/health;x' holds ';', which a VPC Lattice target group refuses (letters, digits and @ : % _ + . ~ # ? & / = - only; environment 'qa' runs the service on VPC Lattice)",
            "case.yaml:11:15: error: edges[0].routes[0].path: path '/lat/a,b' holds ',', which a VPC Lattice listener rule cannot match (letters, digits and @ : _ + . ~ & / = - only; environment 'qa' runs service 'lat' on VPC Lattice)",
            "case.yaml:16:15: error: edges[0].routes[1].path: path is 201 characters; a VPC Lattice listener rule matches at most 200 (environment 'qa' runs service 'lat' on VPC Lattice)",
            "case.yaml:22:15: error: edges[0].routes[2].path: exact path is 256 characters; an App Mesh gateway route matches at most 255 (environment 'dev' runs service 'front' on App Mesh)");

        yield return Case("A secret's description fits Secrets Manager's 2,048 characters", $$"""
            secrets:
              - { name: described, owner: front, rotationDays: 30, generated: { length: 32 }, description: {{new string('d', 2049)}} }
            """,
            "case.yaml:2:96: error: secrets[0].description: description is 2049 characters; Secrets Manager takes at most 2048",
            "case.yaml:2:13: warning: secrets[0].name: no service lists secret 'described' in its secrets, so nobody can read it");

        yield return Case("Role names and route ids fit the edge's route policy", """
            roles:
              - name: rxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
                description: Too long.
                idpGroups: [long]
            edges:
              - name: api
                hostnames: { dev: api.example.com }
                routes:
                  - name: qxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
                    path: /front/
                    match: prefix
                    methods: [GET]
                    service: front
                    public: true
            """,
            "case.yaml:2:11: error: roles[0].name: role name is 65 characters; the edge's route policy takes at most 64",
            "case.yaml:9:15: error: edges[0].routes[0].name: route id is 129 characters; the edge's route policy takes at most 128");

        yield return Case("Secret names under the prefixes the program keeps for its own secrets are errors", """
            services:
              - name: keeper
                protocol: http
                port: 8081
                healthCheck: { path: /h }
                secrets: [machine-clients/sync, ingress/tunnel-token]
            secrets:
              - { name: machine-clients/sync, owner: keeper, rotationDays: 30, generated: { length: 32 } }
              - { name: ingress/tunnel-token, owner: keeper, rotationDays: 30, generated: { length: 32 } }
            """,
            "case.yaml:8:13: error: secrets[0].name: secret name 'machine-clients/sync' is under 'machine-clients/', which the program keeps for the machine clients' credentials",
            "case.yaml:9:13: error: secrets[1].name: secret name 'ingress/tunnel-token' is under 'ingress/', which the program keeps for the ingress's tunnel token");

        yield return Case("A service calling itself is an error", """
            services:
              - name: loop
                protocol: http
                port: 8081
                healthCheck: { path: /h }
                calls: [loop]
            """, "case.yaml:6:13: error: services[0].calls[0]: service 'loop' calls itself; a service never needs mesh permission to reach itself");

        yield return Case("A service listing an unknown secret is an error", """
            services:
              - name: reader
                protocol: http
                port: 8081
                healthCheck: { path: /h }
                secrets: [ghost]
            """, "case.yaml:6:15: error: services[0].secrets[0]: unknown secret 'ghost'");

        yield return Case("Ports outside 1-65535 are errors", """
            services:
              - name: low
                protocol: http
                port: 0
                healthCheck: { path: /h }
              - name: high
                protocol: http
                port: 65536
                healthCheck: { path: /h }
            """,
            "case.yaml:4:11: error: services[0].port: port 0 is outside 1–65535",
            "case.yaml:8:11: error: services[1].port: port 65536 is outside 1–65535");

        yield return Case("Duplicate service names are errors that point at the first declaration", """
            services:
              - name: front
                protocol: http
                port: 8081
                healthCheck: { path: /h }
            """, "case.yaml:2:11: error: services[0].name: duplicate service name 'front' (first declared at base.yaml:12:5)");

        yield return Case("Duplicate names of every looked-up kind are errors at the later name, pointing at the first", """
            identityProviders:
              - name: okta
                kind: oidc
                issuer: https://login2.example.com
                audiences: [api]
                jwksUrl: https://login2.example.com/keys
            roles:
              - name: admin
                description: Administrators again.
                idpGroups: [admins-2]
            secrets:
              - name: front-key
                owner: front
                rotationDays: 30
                generated: { length: 32 }
            """,
            "case.yaml:2:11: error: identityProviders[0].name: duplicate identity provider name 'okta' (first declared at base.yaml:2:5)",
            "case.yaml:8:11: error: roles[0].name: duplicate role name 'admin' (first declared at base.yaml:8:5)",
            "case.yaml:12:11: error: secrets[0].name: duplicate secret name 'front-key' (first declared at base.yaml:23:5)");

        yield return Case("Names with capitals or underscores are errors", """
            services:
              - name: Front_1
                protocol: http
                port: 8081
                healthCheck: { path: /h }
            """, "case.yaml:2:11: error: services[0].name: service name 'Front_1' must use lower-case letters, digits and single hyphens, start with a letter and not end with a hyphen");

        yield return Case("An HTTP health check needs a path, App Mesh's interval and threshold limits hold", """
            services:
              - name: sick
                protocol: http
                port: 8081
                healthCheck: { interval: 1s, timeout: 1s, healthyThreshold: 1, unhealthyThreshold: 11 }
            """,
            "case.yaml:5:18: error: services[0].healthCheck.path: an http health check needs a path",
            "case.yaml:5:30: error: services[0].healthCheck.interval: interval 1s is outside 5s–300s",
            "case.yaml:5:43: error: services[0].healthCheck.timeout: timeout 1s is outside 2s–60s",
            "case.yaml:5:65: error: services[0].healthCheck.healthyThreshold: healthyThreshold 1 is outside 2–10",
            "case.yaml:5:88: error: services[0].healthCheck.unhealthyThreshold: unhealthyThreshold 11 is outside 2–10");

        yield return Case("A health check timeout must be shorter than its interval", """
            services:
              - name: slow
                protocol: http
                port: 8081
                healthCheck: { path: /h, interval: 5s, timeout: 5s }
            """, "case.yaml:5:53: error: services[0].healthCheck.timeout: timeout 5s must be shorter than the interval 5s");

        yield return Case("A route with neither roles nor public: true is an error", """
            edges:
              - name: api
                hostnames: { dev: api.example.com }
                routes:
                  - name: open-by-accident
                    path: /api/things
                    service: front
            """, "case.yaml:5:9: error: edges[0].routes[0]: the route names no roles and is not marked 'public: true'; say who may use it");

        yield return Case("A route with public: false and no roles is still an error", """
            edges:
              - name: api
                hostnames: { dev: api.example.com }
                routes:
                  - name: closed-by-nobody
                    path: /api/things
                    service: front
                    public: false
            """, "case.yaml:5:9: error: edges[0].routes[0]: the route names no roles and is not marked 'public: true'; say who may use it");

        yield return Case("A route with both roles and public: true is an error", """
            edges:
              - name: api
                hostnames: { dev: api.example.com }
                routes:
                  - name: confused
                    path: /api/things
                    service: front
                    roles: [admin]
                    public: true
            """, "case.yaml:9:17: error: edges[0].routes[0].public: a route is either public or restricted to roles, not both; remove 'roles' or 'public: true'");

        yield return Case("A route naming an unknown role or service is an error", """
            edges:
              - name: api
                hostnames: { dev: api.example.com }
                routes:
                  - name: typo
                    path: /api/things
                    service: frontt
                    roles: [admin, admn]
            """,
            "case.yaml:7:18: error: edges[0].routes[0].service: unknown service 'frontt'",
            "case.yaml:8:24: error: edges[0].routes[0].roles[1]: unknown role 'admn'");

        yield return Case("Routes with the same normalized pattern and overlapping methods on one host are ambiguous", """
            edges:
              - name: api
                hostnames: { dev: api.example.com }
                routes:
                  - name: list
                    path: /api/orders/
                    match: prefix
                    methods: [GET, POST]
                    service: front
                    roles: [admin]
                  - name: list-again
                    path: /API//Orders/
                    match: prefix
                    methods: [POST]
                    service: back
                    public: true
            """, "case.yaml:12:15: error: edges[0].routes[1].path: route 'list-again' is ambiguous with route 'list' (case.yaml:5:9): both match '/api/orders/' on host 'api.example.com' with overlapping methods");

        yield return Case("Routes of two entry points that share a hostname are compared too", """
            edges:
              - name: api
                hostnames: { dev: api.example.com }
                routes:
                  - name: orders
                    path: /orders
                    service: front
                    roles: [admin]
              - name: api-too
                hostnames: { dev: api.example.com }
                routes:
                  - name: orders-too
                    path: /orders/
                    service: back
                    roles: [admin]
            """,
            "case.yaml:10:23: error: edges[1].hostnames.dev: hostname 'api.example.com' is already served by edge entry point 'api' (case.yaml:2:5) in environment 'dev'",
            "case.yaml:13:15: error: edges[1].routes[0].path: route 'orders-too' is ambiguous with route 'orders' (case.yaml:5:9): both match '/orders' on host 'api.example.com' with overlapping methods",
            "case.yaml:13:15: warning: edges[1].routes[0].path: exact path '/orders/' ends with '/', which matching ignores; did you mean 'match: prefix'?");

        yield return Case("Hostnames outside the environment's zone are errors, lookalike suffixes included", """
            edges:
              - name: api
                hostnames: { dev: api.example.net }
                routes: [{ name: a, path: /a, service: front, public: true }]
              - name: lookalike
                hostnames: { dev: api.evil-example.com }
                routes: [{ name: b, path: /b, service: front, public: true }]
              - name: suffixed
                hostnames: { dev: example.com.evil.net }
                routes: [{ name: c, path: /c, service: front, public: true }]
            """,
            "case.yaml:3:23: error: edges[0].hostnames.dev: hostname 'api.example.net' is outside zone 'example.com' of environment 'dev'",
            "case.yaml:6:23: error: edges[1].hostnames.dev: hostname 'api.evil-example.com' is outside zone 'example.com' of environment 'dev'",
            "case.yaml:9:23: error: edges[2].hostnames.dev: hostname 'example.com.evil.net' is outside zone 'example.com' of environment 'dev'");

        yield return Case("Hostnames for unknown environments and malformed hostnames are errors", """
            edges:
              - name: api
                hostnames: { prod: api.example.com, dev: "API.example.com." }
                routes: [{ name: a, path: /a, service: front, public: true }]
            """,
            "case.yaml:3:46: error: edges[0].hostnames.dev: 'API.example.com.' is not a valid lower-case hostname",
            "case.yaml:3:24: error: edges[0].hostnames.prod: unknown environment 'prod'");

        yield return Case("Route paths must be canonical", """
            edges:
              - name: api
                hostnames: { dev: api.example.com }
                routes:
                  - { name: p1, path: /api, match: prefix, service: front, public: true }
                  - { name: p2, path: /api/../admin, service: front, public: true }
                  - { name: p3, path: /api/%2e%2e/admin, service: front, public: true }
                  - { name: p4, path: api/x, service: front, public: true }
                  - { name: p5, path: /api/*, service: front, public: true }
            """,
            "case.yaml:5:27: error: edges[0].routes[0].path: prefix path '/api' must end with '/', or it would also match '/api-anything'",
            "case.yaml:6:27: error: edges[0].routes[1].path: path '/api/../admin' must not contain '.' or '..' segments",
            "case.yaml:7:27: error: edges[0].routes[2].path: path '/api/%2e%2e/admin' must not contain percent-encoding; write the decoded characters",
            "case.yaml:8:27: error: edges[0].routes[3].path: path 'api/x' must start with '/'",
            "case.yaml:9:27: error: edges[0].routes[4].path: path '/api/*' must not contain '*'; use 'match: prefix' with a path ending in '/'");

        yield return Case("Unknown HTTP methods are errors and repeated ones warnings", """
            edges:
              - name: api
                hostnames: { dev: api.example.com }
                routes:
                  - { name: m, path: /m, methods: [GET, get, GET], service: front, public: true }
            """,
            "case.yaml:5:45: error: edges[0].routes[0].methods[1]: unknown HTTP method 'get' (allowed: GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS)",
            "case.yaml:5:50: warning: edges[0].routes[0].methods[2]: method 'GET' is listed twice");

        yield return Case("Route ids are unique across the catalog", """
            edges:
              - name: api
                hostnames: { dev: api.example.com }
                routes:
                  - { name: orders, path: /a, service: front, public: true }
              - name: admin
                hostnames: { dev: admin.example.com }
                routes:
                  - { id: orders, name: admin-orders, path: /b, service: front, roles: [admin] }
            """, "case.yaml:9:15: error: edges[1].routes[0].id: duplicate route id 'orders' (first declared at case.yaml:5:9); give one of them an explicit 'id'");

        yield return Case("Public routes to services with personal data draw a warning", """
            services:
              - name: people
                protocol: http
                port: 8081
                healthCheck: { path: /h }
                personalData: true
            edges:
              - name: api
                hostnames: { dev: api.example.com }
                routes:
                  - { name: people, path: /people, service: people, public: true }
            """, "case.yaml:11:65: warning: edges[0].routes[0].public: public route reaches service 'people', which handles personal data");

        yield return Case("Algorithm none is refused in any spelling, HS* and unknown algorithms too", """
            identityProviders:
              - name: weak
                kind: oidc
                issuer: https://weak.example.com
                audiences: [api]
                jwksUrl: https://weak.example.com/keys
                algorithms: [none, NoNe, HS256, hs512, RS1]
            """,
            "case.yaml:7:18: error: identityProviders[0].algorithms[0]: algorithm 'none' accepts unsigned tokens and is never allowed",
            "case.yaml:7:24: error: identityProviders[0].algorithms[1]: algorithm 'NoNe' accepts unsigned tokens and is never allowed",
            "case.yaml:7:30: error: identityProviders[0].algorithms[2]: symmetric algorithm 'HS256' is not allowed for an identity provider: its key is public, so anyone could sign",
            "case.yaml:7:37: error: identityProviders[0].algorithms[3]: symmetric algorithm 'hs512' is not allowed for an identity provider: its key is public, so anyone could sign",
            "case.yaml:7:44: error: identityProviders[0].algorithms[4]: unknown algorithm 'RS1' (allowed: RS256, RS384, RS512, PS256, PS384, PS512, ES256, ES384, ES512, EdDSA)");

        yield return Case("An OIDC provider needs https URLs, an audience and a bounded clock skew", """
            identityProviders:
              - name: loose
                kind: oidc
                issuer: http://loose.example.com
                audiences: []
                jwksUrl: https://user:pw@loose.example.com/keys
                clockSkew: 10m
                maxTokenAge: 2d
            """,
            "case.yaml:4:13: error: identityProviders[0].issuer: issuer 'http://loose.example.com' uses http; only https is accepted: it must be an https URL of a public DNS name",
            "case.yaml:5:16: error: identityProviders[0].audiences: an OIDC provider needs at least one audience, or any token the issuer signs for anyone would pass",
            "case.yaml:6:14: error: identityProviders[0].jwksUrl: jwksUrl 'https://user:pw@loose.example.com/keys' holds credentials (user@host); a URL the edge fetches names a host only: it must be an https URL of a public DNS name",
            "case.yaml:7:16: error: identityProviders[0].clockSkew: clock skew 10m is outside 0s–5m",
            "case.yaml:8:18: error: identityProviders[0].maxTokenAge: maximum token age 2d is longer than 24h, the most the edge Worker accepts");

        yield return Case("A Cloudflare Access provider needs a cloudflareaccess.com team domain", """
            identityProviders:
              - name: access
                kind: cloudflare-access
                teamDomain: team.example.com
            """, "case.yaml:4:17: error: identityProviders[0].teamDomain: 'team.example.com' is not a Cloudflare Access team domain (expected <team>.cloudflareaccess.com)");

        yield return Case("Roles need IdP groups and a known provider", """
            roles:
              - name: nobody
                description: Held by nobody.
                idpGroups: []
                provider: auth0
            """,
            "case.yaml:4:16: error: roles[0].idpGroups: a role needs at least one IdP group, or nobody can hold it",
            "case.yaml:5:15: error: roles[0].provider: unknown identity provider 'auth0'");

        yield return Case("Rotation outside 1-365 days is an error, past 90 a warning", """
            services:
              - name: keeper
                protocol: http
                port: 8081
                healthCheck: { path: /h }
                secrets: [never, forever, lazy]
            secrets:
              - { name: never, owner: keeper, rotationDays: 0, generated: { length: 32 } }
              - { name: forever, owner: keeper, rotationDays: 400, generated: { length: 32 } }
              - { name: lazy, owner: keeper, rotationDays: 120, generated: { length: 32 } }
            """,
            "case.yaml:8:49: error: secrets[0].rotationDays: rotation period 0 days is outside 1–365",
            "case.yaml:9:51: error: secrets[1].rotationDays: rotation period 400 days is outside 1–365",
            "case.yaml:10:48: warning: secrets[2].rotationDays: rotation period 120 days is longer than 90");

        yield return Case("A secret is rotated by exactly one of a Lambda or generation, with a real Lambda ARN", """
            secrets:
              - { name: both-ways, owner: front, rotationDays: 30, generated: { length: 32 }, rotationLambdaArn: "arn:aws:lambda:eu-west-1:111111111111:function:rotate" }
              - { name: no-way, owner: front, rotationDays: 30 }
              - { name: bad-arn, owner: ghost, rotationDays: 30, rotationLambdaArn: "arn:aws:s3:::bucket" }
            """,
            "case.yaml:2:5: error: secrets[0]: give either 'rotationLambdaArn' or 'generated', not both",
            "case.yaml:2:13: warning: secrets[0].name: no service lists secret 'both-ways' in its secrets, so nobody can read it",
            "case.yaml:3:5: error: secrets[1]: say how the secret is rotated: 'rotationLambdaArn' or 'generated'",
            "case.yaml:3:13: warning: secrets[1].name: no service lists secret 'no-way' in its secrets, so nobody can read it",
            "case.yaml:4:13: warning: secrets[2].name: no service lists secret 'bad-arn' in its secrets, so nobody can read it",
            "case.yaml:4:29: error: secrets[2].owner: unknown service 'ghost'",
            "case.yaml:4:73: error: secrets[2].rotationLambdaArn: 'arn:aws:s3:::bucket' is not a Lambda function ARN (arn:aws:lambda:REGION:ACCOUNT:function:NAME)");

        yield return Case("Secret names must fit Secrets Manager's characters, and not look like an ARN suffix", """
            services:
              - name: keeper
                protocol: http
                port: 8081
                healthCheck: { path: /h }
                secrets: ["db password", db-abc123]
            secrets:
              - { name: "db password", owner: keeper, rotationDays: 30, generated: { length: 32 } }
              - { name: db-abc123, owner: keeper, rotationDays: 30, generated: { length: 32 } }
            """,
            "case.yaml:8:13: error: secrets[0].name: secret name 'db password' holds ' '; use letters, digits and _+=.@- between '/'",
            "case.yaml:9:13: warning: secrets[1].name: secret name 'db-abc123' ends in a hyphen and six characters, like the suffix Secrets Manager adds to ARNs; lookups by partial ARN could pick the wrong secret");

        yield return Case("Generated secrets are 16 to 4096 characters, warned under 32", """
            services:
              - name: keeper
                protocol: http
                port: 8081
                healthCheck: { path: /h }
                secrets: [tiny, short]
            secrets:
              - { name: tiny, owner: keeper, rotationDays: 30, generated: { length: 8 } }
              - { name: short, owner: keeper, rotationDays: 30, generated: { length: 20 } }
            """,
            "case.yaml:8:73: error: secrets[0].generated.length: generated length 8 is outside 16–4096",
            "case.yaml:9:74: warning: secrets[1].generated.length: generated length 20 is short; 32 or more is recommended");

        yield return Case("A service name whose IAM role name passes 64 characters is an error", $$"""
            services:
              - name: {{Service60}}
                protocol: http
                port: 8081
                healthCheck: { path: /h }
            """, $"case.yaml:2:11: error: services[0].name: IAM role name 'dev-{Service60}-envoy' derived for environment 'dev' is 70 characters; the limit is 64");

        yield return Case("A service name whose VPC Lattice service name passes 40 characters is an error where Lattice is used", $$"""
            services:
              - name: {{Service40}}
                protocol: http
                port: 8081
                healthCheck: { path: /h }
            environments:
              - name: lat
                awsAccountId: "222222222222"
                awsRegion: eu-west-1
                cloudflare: { accountId: "0000000000000000000000000000000a", zoneId: "0000000000000000000000000000000e", zoneName: example.org }
                mesh: { backend: lattice }
            """, $"case.yaml:2:11: error: services[0].name: VPC Lattice service name '{Service40}-lat' derived for environment 'lat' is 44 characters; the limit is 40");

        yield return Case("An identity provider whose JWKS KV key passes 512 bytes is an error", $$"""
            identityProviders:
              - name: {{new string('k', 510)}}
                kind: oidc
                issuer: https://k.example.com
                audiences: [api]
                jwksUrl: https://k.example.com/keys
            """, $"case.yaml:2:11: error: identityProviders[0].name: KV key 'jwks/{new string('k', 72)}...' is 515 bytes; Workers KV keys hold at most 512");

        yield return Case("A secret whose name passes 256 characters is an error: it is an AWS tag value (and so its Secrets Manager name stays under 512)", $$"""
            services:
              - name: keeper
                protocol: http
                port: 8081
                healthCheck: { path: /h }
                secrets: [{{new string('x', 500)}}]
            secrets:
              - { name: {{new string('x', 500)}}, owner: keeper, rotationDays: 30, generated: { length: 32 } }
            """, "case.yaml:8:13: error: secrets[0].name: secret name is 500 characters; it is the value of the secret's tag identity-fabric:secret, and AWS tag values take at most 256");

        yield return Case("Machine clients name known routes and rotate before their token expires", """
            edges:
              - name: api
                hostnames: { dev: api.example.com }
                routes:
                  - { name: open, path: /open, service: front, public: true }
            machineClients:
              - { name: robot, routes: [open, closed], tokenDuration: 30d, rotationDays: 30 }
            """,
            "case.yaml:7:29: warning: machineClients[0].routes[0]: route 'open' is public; a service token adds nothing there",
            "case.yaml:7:35: error: machineClients[0].routes[1]: unknown route 'closed'",
            "case.yaml:7:78: error: machineClients[0].rotationDays: rotation after 30 days comes too late: the token expires after 30d");

        yield return Case("Browser apps need known roles, hostnames in the zone and a sane session", """
            browserApps:
              - name: console
                hostnames: { dev: console.example.net }
                roles: [admin, ops]
                sessionDuration: 1000h
            """,
            "case.yaml:3:23: error: browserApps[0].hostnames.dev: hostname 'console.example.net' is outside zone 'example.com' of environment 'dev'",
            "case.yaml:4:20: error: browserApps[0].roles[1]: unknown role 'ops'",
            "case.yaml:5:22: error: browserApps[0].sessionDuration: session duration 1000h is outside 1m–730h");

        yield return Case("Environment ids must have the AWS and Cloudflare formats", """
            environments:
              - name: qa
                awsAccountId: "12345"
                awsRegion: europe
                cloudflare: { accountId: "ABC", zoneId: "0000000000000000000000000000000g", zoneName: "example" }
                mesh: { backend: appmesh }
                logRetentionDays: 42
            """,
            "case.yaml:3:19: error: environments[0].awsAccountId: AWS account id '12345' must be 12 ASCII digits (0-9)",
            "case.yaml:4:16: error: environments[0].awsRegion: 'europe' is not an AWS region name (e.g. eu-west-1)",
            "case.yaml:5:30: error: environments[0].cloudflare.accountId: Cloudflare account id 'ABC' must be 32 lower-case hex digits",
            "case.yaml:5:45: error: environments[0].cloudflare.zoneId: Cloudflare zone id '0000000000000000000000000000000g' must be 32 lower-case hex digits",
            "case.yaml:5:91: error: environments[0].cloudflare.zoneName: zone name 'example' is not a valid lower-case domain",
            "case.yaml:7:23: error: environments[0].logRetentionDays: CloudWatch does not accept a retention of 42 days (allowed: 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653)");

        yield return Case("A per-service Lattice switch list only works in 'both' mode and names known services", """
            environments:
              - name: qa
                awsAccountId: "222222222222"
                awsRegion: eu-west-1
                cloudflare: { accountId: "0000000000000000000000000000000a", zoneId: "0000000000000000000000000000000e", zoneName: example.org }
                mesh: { backend: appmesh, latticeServices: [front] }
              - name: stage
                awsAccountId: "333333333333"
                awsRegion: eu-west-1
                cloudflare: { accountId: "0000000000000000000000000000000a", zoneId: "0000000000000000000000000000000f", zoneName: example.org }
                mesh: { backend: both, latticeServices: [back, ghost] }
            """,
            "case.yaml:6:48: error: environments[0].mesh.latticeServices: latticeServices switches services one by one and only applies with backend 'both'",
            "case.yaml:11:52: error: environments[1].mesh.latticeServices[1]: unknown service 'ghost'");

        yield return Case("STS federation needs a Lattice backend, and rotation caps stay within 1-365", """
            environments:
              - name: qa
                awsAccountId: "222222222222"
                awsRegion: eu-west-1
                cloudflare: { accountId: "0000000000000000000000000000000a", zoneId: "0000000000000000000000000000000e", zoneName: example.org }
                mesh: { backend: appmesh }
                identityPropagation: sts
                maxRotationDays: 0
            """,
            "case.yaml:7:26: error: environments[0].identityPropagation: STS federation signs requests for VPC Lattice; it needs mesh backend 'lattice' or 'both'",
            "case.yaml:8:22: error: environments[0].maxRotationDays: maximum rotation period 0 days is outside 1–365");

        yield return Case("A federating environment whose federation Worker name passes 63 characters is an error", """
            environments:
              - name: federating-environment-with-a-long-name
                awsAccountId: "222222222222"
                awsRegion: eu-west-1
                cloudflare: { accountId: "0000000000000000000000000000000a", zoneId: "0000000000000000000000000000000e", zoneName: example.org }
                mesh: { backend: both }
                identityPropagation: sts
            """, "case.yaml:2:11: error: environments[0].name: federation Worker script name 'identity-fabric-federating-environment-with-a-long-name-federation' is 66 characters; the limit is 63");

        yield return Case("An environment name must not end in the federation Worker's suffix", """
            environments:
              - name: qa-federation
                awsAccountId: "333333333333"
                awsRegion: eu-west-1
                cloudflare: { accountId: "0000000000000000000000000000000a", zoneId: "0000000000000000000000000000000e", zoneName: example.org }
                mesh: { backend: appmesh }
            """, "case.yaml:2:11: error: environments[0].name: environment names ending in '-federation' are reserved: this environment's Worker script 'identity-fabric-qa-federation' would be the federation Worker of an environment 'qa', in this catalog or another stack of the account, and one upload would replace the other");

        yield return Case("Environments in one account must not be hyphenated prefixes of each other", """
            environments:
              - name: dev-eu
                awsAccountId: "111111111111"
                awsRegion: eu-central-1
                cloudflare: { accountId: "0000000000000000000000000000000a", zoneId: "0000000000000000000000000000000e", zoneName: example.org }
                mesh: { backend: appmesh }
            """, "case.yaml:2:11: error: environments[0].name: environment 'dev-eu' shares AWS account 111111111111 with 'dev' and starts with 'dev-', so names derived in the two could collide");

        yield return Case("Edges name known identity providers", """
            edges:
              - name: api
                hostnames: { dev: api.example.com }
                providers: [okta, auth0]
                routes: [{ name: a, path: /a, service: front, public: true }]
            """, "case.yaml:4:23: error: edges[0].providers[1]: unknown identity provider 'auth0'");
    }

    private static IEnumerable<TestCaseData> Clean()
    {
        yield return new TestCaseData("""
            edges:
              - name: api
                hostnames: { dev: api.example.com }
                routes:
                  - { name: read, path: /orders/, match: prefix, methods: [GET], service: front, roles: [admin] }
                  - { name: write, path: /orders/, match: prefix, methods: [POST], service: back, roles: [admin] }
                  - { name: exact, path: /orders, service: front, roles: [admin] }
            """).SetName("Same pattern with disjoint methods, or exact next to prefix, is not ambiguous");
        yield return new TestCaseData("""
            edges:
              - name: api
                hostnames: { dev: api.example.com }
                routes: [{ name: a, path: /a, service: front, public: true }]
              - name: other
                hostnames: { dev: other.example.com }
                routes: [{ name: b, path: /a, service: front, public: true }]
            """).SetName("The same pattern on different hostnames is not ambiguous");
        yield return new TestCaseData("""
            edges:
              - name: apex
                hostnames: { dev: example.com }
                routes: [{ name: a, path: /, service: front, public: true }]
            """).SetName("The zone apex itself is inside the zone");
        yield return new TestCaseData("""
            environments:
              - name: federating-environment-with-a-long-name
                awsAccountId: "222222222222"
                awsRegion: eu-west-1
                cloudflare: { accountId: "0000000000000000000000000000000a", zoneId: "0000000000000000000000000000000e", zoneName: example.org }
                mesh: { backend: both }
            """).SetName("An environment that does not federate deploys no federation Worker, so only the edge's name must fit");
    }

    [TestCaseSource(nameof(Rules))]
    public void RuleReportsExactlyItsProblems(string caseYaml, string[] expected)
    {
        var result = TestCatalogs.WithCase(caseYaml);

        Assert.That(result.Lines(), Is.EquivalentTo(expected));
    }

    [TestCaseSource(nameof(Clean))]
    public void AcceptableCatalogsProduceNoProblem(string caseYaml)
    {
        var result = TestCatalogs.WithCase(caseYaml);

        Assert.That(result.Lines(), Is.Empty);
    }

    [Test]
    public void TheBaseCatalogUsedByTheRuleTableIsClean() =>
        Assert.That(CatalogLoader.LoadText("base.yaml", TestCatalogs.Base).Lines(), Is.Empty);

    private static TestCaseData Case(string name, string yaml, params string[] expected) =>
        new TestCaseData(yaml, expected).SetName(name);
}
