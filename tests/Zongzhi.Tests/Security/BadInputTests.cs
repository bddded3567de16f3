using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Zongzhi.Features.Accounts;
using Zongzhi.Tests.Infrastructure;

namespace Zongzhi.Tests.Security;

/// <summary>
/// Issue 9 suite 6, generated from the app's own OpenAPI document: every API operation with a JSON body is sent
/// malformed JSON, deeply nested JSON, a 10 MB value, unknown properties (mass assignment) and, for each of its
/// properties, a value of the wrong type or an invalid date. Each is refused (400 naming the field in Chinese, 413 for
/// the size) by a user the authorization matrix lets in, and no table changes.
/// </summary>
public sealed partial class BadInputTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string[] MassAssignment = ["id", "isAdmin", "roles", "createdAt", "createdByUserId", "status", "version", "zzUnknownField"];

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task EveryJsonBody_Malformed_WrongTyped_Unknown_OrHuge_IsRefusedByField_AndChangesNothing(string provider)
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(provider);
        var town = await TownFixture.CreateAsync(app);
        using var anonymous = app.CreateClient(new() { AllowAutoRedirect = false });
        var document = JsonNode.Parse(await anonymous.GetStringAsync("/openapi/v1.json", Ct))!;
        var matrix = AuthorizationMatrix.FromFile().ToDictionary(r => Normalise(r.Key), r => r.Value, StringComparer.Ordinal);
        var clients = new Dictionary<string, HttpClient>(StringComparer.Ordinal);
        // Sign every user in first: creating and signing in the test users writes rows; the refusals must write none.
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, _) in item!.AsObject())
            {
                await ClientAsync(app, town, clients, anonymous, matrix.GetValueOrDefault(Normalise(method.ToUpperInvariant() + " " + path)));
            }
        }

        var before = await RowCounts.TakeAsync(app);

        var failures = new List<string>();
        var tried = 0;
        var operations = 0;
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                if (operation?["requestBody"]?["content"]?["application/json"]?["schema"] is not { } bodySchema)
                {
                    continue;
                }

                var schema = Resolve(document, bodySchema);
                var properties = schema["properties"]?.AsObject().Select(p => (p.Key, Schema: Resolve(document, p.Value!))).ToList() ?? [];
                var key = method.ToUpperInvariant() + " " + path;
                var client = await ClientAsync(app, town, clients, anonymous, matrix.GetValueOrDefault(Normalise(key)));
                var url = RouteParameter().Replace(path, "1");
                operations++;

                async Task SendAsync(string what, string body, HttpStatusCode expected, string? field)
                {
                    using var request = new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), url)
                    {
                        Content = new StringContent(body, Encoding.UTF8, "application/json"),
                    };
                    using var response = await client.SendAsync(request, Ct);
                    tried++;
                    var text = await response.Content.ReadAsStringAsync(Ct);
                    if (response.StatusCode != expected || response.Content.Headers.ContentType?.MediaType != "application/problem+json"
                        || !Chinese().IsMatch(text) || (field is not null && !NamesField(text, field)))
                    {
                        failures.Add($"{key} {what}: {(int)response.StatusCode} {text[..Math.Min(200, text.Length)]}");
                    }
                }

                await SendAsync("malformed", "{\"summary\": \"未闭合", HttpStatusCode.BadRequest, null);
                await SendAsync("not an object", "[1,2,3]", HttpStatusCode.BadRequest, null);
                await SendAsync("deeply nested", "{\"" + (properties.FirstOrDefault().Key ?? "x") + "\":" + new string('[', 5000) + new string(']', 5000) + "}",
                    HttpStatusCode.BadRequest, null);
                await SendAsync("10 MB", "{\"" + (properties.FirstOrDefault(p => Types(p.Schema).Contains("string")).Key ?? "x") + "\":\""
                    + new string('字', 10 * 1024 * 1024 / 3) + "\"}", HttpStatusCode.RequestEntityTooLarge, null);
                foreach (var unknown in MassAssignment.Where(n => properties.All(p => p.Key != n)))
                {
                    await SendAsync("unknown " + unknown, $"{{\"{unknown}\": 1}}", HttpStatusCode.BadRequest, unknown);
                }

                foreach (var (name, propertySchema) in properties)
                {
                    foreach (var wrong in WrongValues(propertySchema))
                    {
                        await SendAsync($"{name}={wrong}", $"{{\"{name}\": {wrong}}}", HttpStatusCode.BadRequest, name);
                    }
                }
            }
        }

        var after = await RowCounts.TakeAsync(app);
        foreach (var client in clients.Values)
        {
            client.Dispose();
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"bad input ({provider}): {tried} requests over {operations} operations, {failures.Count} not refused");
        Assert.True(operations > 40, $"only {operations} operations with a JSON body");
        Assert.True(failures.Count == 0, $"{failures.Count} of {tried} requests not refused as expected:\n" + string.Join("\n", failures.Take(60)));
        Assert.Empty(RowCounts.Changes(before, after));
    }

    private static async Task<HttpClient> ClientAsync(ZongzhiAppFactory app, TownFixture town, Dictionary<string, HttpClient> clients, HttpClient anonymous,
        IReadOnlySet<string>? allowed)
    {
        if (allowed is null || allowed.Contains(AuthorizationMatrix.Anyone))
        {
            return anonymous;
        }

        var role = Roles.All.First(allowed.Contains);
        if (!clients.TryGetValue(role, out var client))
        {
            var (department, village) = role switch
            {
                Roles.DepartmentHandler or Roles.DepartmentHead => ((long?)town.JusticeOffice, (long?)null),
                Roles.VillageReporter => (null, town.EastVillage),
                _ => (null, null),
            };
            client = await app.ClientForAsync(role, department, village);
            clients[role] = client;
        }

        return client;
    }

    /// <summary>Values of the wrong type for a property, and invalid dates for a date property.</summary>
    private static IEnumerable<string> WrongValues(JsonNode schema)
    {
        var types = Types(schema);
        var format = schema["format"]?.GetValue<string>();
        if (schema["enum"] is not null)
        {
            yield return "\"NoSuchValue\"";
            yield return "12";
            yield break;
        }

        if (types.Contains("integer") || types.Contains("number"))
        {
            yield return "\"abc\"";
            yield return "true";
            yield break;
        }

        if (types.Contains("boolean"))
        {
            yield return "\"yes\"";
            yield break;
        }

        if (types.Contains("array"))
        {
            yield return "\"not a list\"";
            yield break;
        }

        if (types.Contains("string"))
        {
            yield return "5";
            if (format is "date-time" or "date")
            {
                yield return format == "date" ? "\"2026-02-30\"" : "\"2026-02-30T10:00:00+08:00\"";
                yield return "\"yesterday\"";
            }

            yield break;
        }

        if (types.Contains("object") || schema["properties"] is not null)
        {
            yield return "5";
        }
    }

    private static IReadOnlyList<string> Types(JsonNode schema) => schema["type"] switch
    {
        JsonArray many => [.. many.Select(t => t!.GetValue<string>())],
        JsonValue one => [one.GetValue<string>()],
        _ => schema["properties"] is not null ? ["object"] : [],
    };

    private static JsonNode Resolve(JsonNode document, JsonNode schema)
    {
        for (var i = 0; i < 10 && schema["$ref"]?.GetValue<string>() is { } reference; i++)
        {
            schema = document["components"]!["schemas"]![reference.Split('/')[^1]]!;
        }

        // "anyOf"/"oneOf" with null (nullable references): the non-null branch.
        if ((schema["anyOf"] ?? schema["oneOf"]) is JsonArray branches && branches.FirstOrDefault(b => b?["type"]?.ToString() != "null") is { } branch)
        {
            return Resolve(document, branch);
        }

        return schema;
    }

    private static bool NamesField(string problem, string field)
    {
        using var json = JsonDocument.Parse(problem);
        return json.RootElement.TryGetProperty("errors", out var errors)
            && errors.EnumerateObject().Any(e => string.Equals(e.Name, field, StringComparison.OrdinalIgnoreCase) && e.Value.EnumerateArray().Any(m => Chinese().IsMatch(m.GetString() ?? "")));
    }

    /// <summary>"POST /api/x/{id:long}/" and "POST /api/x/{id}" are one key (the matrix writes a group's root with a slash).</summary>
    private static string Normalise(string key) => RouteConstraint().Replace(key, "{$1}").TrimEnd('/');

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteParameter();

    [GeneratedRegex(@"\{(\w+)(:[^}]*)?\}")]
    private static partial Regex RouteConstraint();

    [GeneratedRegex(@"[\u4e00-\u9fff]")]
    private static partial Regex Chinese();
}
