using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Zongzhi.Data;
using Zongzhi.Features.Accounts;
using Zongzhi.Tests.Infrastructure;

namespace Zongzhi.Tests.Security;

/// <summary>
/// Issue 7 "no personal data in error pages or logs": in the Production environment, a registration whose save fails in
/// the database (a command interceptor sends the parties' INSERT to a table that does not exist, so the provider's own
/// error travels through EF's logging and the app's error handling) answers a 500 — problem details to the API, a page to
/// the browser — in Chinese, with a request id and without the submitted name, phone, ID number or address, a stack trace
/// or the connection string; and no log line (every category at Information) carries the submitted values.
/// </summary>
public sealed partial class ServerErrorTests
{
    private const string Name = "欧阳晓峰";
    private const string Phone = "13987654321";
    private const string IdNumber = "330106198507150013";
    private const string Address = "杨柳村河东片77号";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task FailedSave_InProduction_AnswersAndLogsWithoutTheSubmittedPersonalData(string provider)
    {
        var log = new CapturedLog();
        var settings = new Dictionary<string, string>(CapturedLog.EverythingAtInformation) { ["environment"] = Environments.Production };
        await using var app = await ZongzhiAppFactory.CreateAsync(provider, services =>
        {
            services.AddSingleton<ILoggerProvider>(log);
            services.ConfigureDbContext<SqliteZongzhiDb>(o => o.AddInterceptors(new FailPartyInserts()));
            services.ConfigureDbContext<PostgresZongzhiDb>(o => o.AddInterceptors(new FailPartyInserts()));
        }, settings: settings);
        Assert.Equal(Environments.Production, app.Services.GetRequiredService<IHostEnvironment>().EnvironmentName);
        var town = await TownFixture.CreateAsync(app);
        using var clerk = await app.ClientForAsync(Roles.ReceptionClerk);
        var forbidden = Secrets(app).ToList();

        using var api = await clerk.PostAsJsonAsync("/api/matters", new
        {
            channel = "Visit",
            receivedAt = "2026-11-28T09:30:00+08:00",
            villageId = town.EastVillage,
            category = "neighbour",
            summary = "邻里宅基地边界纠纷",
            description = "来访人反映与邻居因宅基地边界发生争执。",
            parties = new object[]
            {
                new { role = "Complainant", name = Name, phone = Phone, idNumber = IdNumber, address = Address },
                new { role = "Respondent", name = "对方当事人" },
            },
        }, Ct);
        var apiBody = await api.Content.ReadAsStringAsync(Ct);

        var form = await clerk.GetStringAsync("/Matters/Register", Ct);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/Matters/Register")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = Field(form, "__RequestVerificationToken"),
                ["Input.FormToken"] = Field(form, "Input.FormToken"),
                ["Input.Channel"] = "Visit",
                ["Input.ReceivedAt"] = "2026-11-28T09:30",
                ["Input.VillageId"] = town.EastVillage.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Input.Category"] = "neighbour",
                ["Input.Summary"] = "邻里宅基地边界纠纷",
                ["Input.Description"] = "来访人反映与邻居因宅基地边界发生争执。",
                ["Input.Parties[0].Role"] = "Complainant",
                ["Input.Parties[0].Name"] = Name,
                ["Input.Parties[0].Phone"] = Phone,
                ["Input.Parties[0].IdNumber"] = IdNumber,
                ["Input.Parties[0].Address"] = Address,
                ["Input.Parties[1].Role"] = "Respondent",
                ["Input.Parties[1].Name"] = "对方当事人",
            }),
        };
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        using var page = await clerk.SendAsync(request, Ct);
        var pageBody = await page.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.InternalServerError, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        var problem = System.Text.Json.JsonDocument.Parse(apiBody).RootElement;
        Assert.Equal("服务器内部错误", problem.GetProperty("title").GetString());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("traceId").GetString()));
        Assert.Equal(HttpStatusCode.InternalServerError, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("服务器内部错误", pageBody, StringComparison.Ordinal);
        foreach (var (what, body) in new[] { ("API", Regex.Unescape(apiBody)), ("page", WebUtility.HtmlDecode(pageBody)) })
        {
            Assert.All(forbidden, s => Assert.False(body.Contains(s, StringComparison.Ordinal), $"the {what} answer shows “{s}”:\n{body}"));
        }

        var lines = log.Lines.ToList();
        Assert.Contains(lines, l => l.StartsWith("Error", StringComparison.Ordinal) && l.Contains("NoSuchParties", StringComparison.Ordinal)); // the failure was logged
        foreach (var secret in new[] { Name, Phone, IdNumber, Address })
        {
            Assert.DoesNotContain(lines, l => l.Contains(secret, StringComparison.Ordinal));
        }

        Assert.Equal(0, await app.WithDbAsync(db => db.Matters.CountAsync(Ct))); // nothing half-saved
    }

    /// <summary>What neither answer may show: the submitted values, a stack trace, exception types, the connection string.</summary>
    private static IEnumerable<string> Secrets(ZongzhiAppFactory app)
    {
        yield return Name;
        yield return Phone;
        yield return IdNumber;
        yield return Address;
        yield return "   at ";
        yield return "Exception";
        yield return "NoSuchParties";
        yield return "Zongzhi.";
        yield return app.ConnectionString;
        foreach (var part in app.ConnectionString.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=', 2))
            .Where(p => p.Length == 2 && p[1].Length >= 4 && p[0].Trim() is "Password" or "Data Source" or "DataSource" or "Database" or "Host"))
        {
            yield return part[1].Trim();
        }
    }

    private static string Field(string form, string name) =>
        new Regex($"<input[^>]*name=\"{Regex.Escape(name)}\"[^>]*>").Match(form).Value is { Length: > 0 } input
            ? Regex.Match(input, "value=\"([^\"]*)\"").Groups[1].Value
            : throw new InvalidOperationException("no field " + name);

    /// <summary>Sends the parties' INSERT to a missing table: the database itself refuses the save.</summary>
    private sealed class FailPartyInserts : DbCommandInterceptor
    {
        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
        {
            Redirect(command);
            return result;
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Redirect(command);
            return ValueTask.FromResult(result);
        }

        public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
        {
            Redirect(command);
            return result;
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Redirect(command);
            return ValueTask.FromResult(result);
        }

        private static void Redirect(DbCommand command) =>
            command.CommandText = command.CommandText.Replace("INSERT INTO \"Parties\"", "INSERT INTO \"NoSuchParties\"", StringComparison.Ordinal);
    }
}
