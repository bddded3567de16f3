using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Domain.Shared;
using Zongzhi.Features.Accounts;
using Zongzhi.Tests.Infrastructure;

namespace Zongzhi.Tests.Security;

/// <summary>
/// Issue 9 suite 6 and D4 on the registration of a matter (the citizen's data): every text field at its maximum in rare
/// characters (plane-2 U+20000, names with ·) is stored and read back byte-identical; one character more and 10 MB are
/// refused naming the field; invalid dates, ID check digits and province codes are refused; injection strings are
/// stored as text and shown escaped. Nothing is saved by a refusal.
/// </summary>
public sealed partial class BadInputTests
{
    private static readonly string[] RareCharacters = ["𠀀", "·", "𪚥", "䶮", "龘", "𠮷", "é"];

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task Registration_TextAtMaxRoundTrips_MaxPlusOneAndInvalidValuesAreRefused(string provider)
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(provider);
        var town = await TownFixture.CreateAsync(app);
        using var clerk = await app.ClientForAsync(Roles.ReceptionClerk);
        var failures = new List<string>();
        var refusals = 0;
        var acceptances = 0;

        async Task RefusedAsync(string what, Action<JsonObject> change, string field, HttpStatusCode expected = HttpStatusCode.BadRequest)
        {
            refusals++;
            var before = await RowCounts.TakeAsync(app);
            var body = Body(town);
            change(body);
            using var response = await clerk.PostAsync("/api/matters", new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"), Ct);
            var text = await response.Content.ReadAsStringAsync(Ct);
            var changes = RowCounts.Changes(before, await RowCounts.TakeAsync(app));
            if (response.StatusCode != expected || (expected == HttpStatusCode.BadRequest && !NamesField(text, field)) || changes.Count > 0)
            {
                failures.Add($"{what}: {(int)response.StatusCode} {text[..Math.Min(200, text.Length)]} {string.Join(", ", changes)}");
            }
        }

        async Task<long> AcceptedAsync(string what, Action<JsonObject> change)
        {
            acceptances++;
            var body = Body(town);
            change(body);
            using var response = await clerk.PostAsync("/api/matters", new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"), Ct);
            var text = await response.Content.ReadAsStringAsync(Ct);
            if (response.StatusCode != HttpStatusCode.Created)
            {
                failures.Add($"{what}: {(int)response.StatusCode} {text[..Math.Min(300, text.Length)]}");
                return 0;
            }

            return JsonDocument.Parse(text).RootElement.GetProperty("id").GetInt64();
        }

        var texts = new (string Field, int Max, Func<JsonObject, JsonObject> Owner, string Name, Func<Domain.Matters.Matter, string?> Stored)[]
        {
            ("summary", TextLimits.Summary, b => b, "summary", m => m.Summary),
            ("description", TextLimits.LongText, b => b, "description", m => m.Description),
            ("parties[0].name", TextLimits.PersonName, FirstParty, "name", m => m.Parties[0].Name),
            ("parties[0].address", TextLimits.Address, FirstParty, "address", m => m.Parties[0].Address),
        };
        foreach (var (field, max, owner, name, stored) in texts)
        {
            var atMax = Rare(max);
            var id = await AcceptedAsync(field + " at max", b => owner(b)[name] = atMax);
            if (id != 0)
            {
                var matter = await app.WithDbAsync(db => db.Matters.Include(m => m.Parties).SingleAsync(m => m.Id == id, Ct));
                if (!Encoding.UTF8.GetBytes(stored(matter) ?? "").AsSpan().SequenceEqual(Encoding.UTF8.GetBytes(atMax)))
                {
                    failures.Add($"{field}: stored text differs from the accepted text");
                }
            }

            await RefusedAsync(field + " at max+1", b => owner(b)[name] = Rare(max + 1), field);
            await RefusedAsync(field + " 10 MB", b => owner(b)[name] = new string('长', 10 * 1024 * 1024 / 3), field, HttpStatusCode.RequestEntityTooLarge);
        }

        await RefusedAsync("phone at max+1", b => FirstParty(b)["phone"] = new string('1', TextLimits.Phone + 1), "parties[0].phone");
        foreach (var date in new JsonNode?[] { "2026-02-30T09:30:00+08:00", "2026-13-01T09:30:00+08:00", "yesterday", "", 5, true })
        {
            await RefusedAsync("receivedAt " + date?.ToJsonString(), b => b["receivedAt"] = date?.DeepClone(), "receivedAt");
        }

        foreach (var idNumber in new[] { "110105194912310021", "990105194912310023", "000101199003074471", "11010519491231002x", "1101051949123100" })
        {
            await RefusedAsync("idNumber " + idNumber, b => FirstParty(b)["idNumber"] = idNumber, "parties[0].idNumber");
        }

        await RefusedAsync("villageId as text", b => b["villageId"] = "东村", "villageId");
        await RefusedAsync("parties as text", b => b["parties"] = "张三", "parties");
        await RefusedAsync("party name as number", b => FirstParty(b)["name"] = 42, "parties[0].name");
        await RefusedAsync("party unknown property", b => FirstParty(b)["isAdmin"] = true, "parties[0].isAdmin");

        // Injection strings are text: stored as sent, shown escaped on the pages, the tables intact.
        const string injection = "<script>alert('x')</script><img src=x onerror=alert(1)> ' OR '1'='1'; DROP TABLE \"Matters\"; --";
        var injected = await AcceptedAsync("injection", b =>
        {
            b["summary"] = injection;
            FirstParty(b)["name"] = "<b>张三</b>'--";
        });
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"registration bad input ({provider}): {refusals} requests to refuse, {acceptances} to accept, {failures.Count} not as expected");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        var saved = await app.WithDbAsync(db => db.Matters.SingleAsync(m => m.Id == injected, Ct));
        Assert.Equal(injection, saved.Summary);
        foreach (var page in new[] { $"/Matters/Details/{injected}", $"/Matters/Receipt/{injected}" })
        {
            var html = await clerk.GetStringAsync(page, Ct);
            Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
            Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        }

        var api = await clerk.GetFromJsonAsync<JsonElement>($"/api/matters/{injected}", Ct);
        Assert.Equal(injection, api.GetProperty("summary").GetString());
        Assert.True(await app.WithDbAsync(db => db.Matters.CountAsync(Ct)) >= texts.Length + 1);
    }

    /// <summary>Text of exactly <paramref name="length"/> characters (code points), mostly outside the BMP and with ·.</summary>
    private static string Rare(int length) => string.Concat(Enumerable.Range(0, length).Select(i => RareCharacters[i % RareCharacters.Length]));

    private static JsonObject FirstParty(JsonObject body) => body["parties"]![0]!.AsObject();

    private static JsonObject Body(TownFixture town) => JsonSerializer.SerializeToNode(town.Visit(), JsonSerializerOptions.Web)!.AsObject();
}
