using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Zongzhi.Tests.Infrastructure;

namespace Zongzhi.Tests.Features.Calendar;

public sealed class DeadlineApiTests
{
    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task GetDeadline_WorkingDaysAcrossNationalDay_CountsMakeupSaturday(string provider)
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(provider);
        using var client = app.CreateClient();

        var answer = await client.GetFromJsonAsync<JsonElement>("/api/calendar/deadline?start=2024-09-27&workingDays=7", TestContext.Current.CancellationToken);

        Assert.Equal("2024-09-27", answer.GetProperty("start").GetString());
        Assert.Equal("2024-10-12", answer.GetProperty("lastDay").GetString());
        Assert.False(answer.GetProperty("provisional").GetBoolean());
        Assert.StartsWith("cal-", answer.GetProperty("calendarVersion").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("start=2025-09-30&workingDays=7", "2025-10-16", false)]
    [InlineData("start=2025-09-01&months=1", "2025-10-09", false)]
    [InlineData("start=2025-01-31&months=1", "2025-02-28", false)]
    [InlineData("start=2024-01-31&months=1", "2024-02-29", false)]
    [InlineData("start=2026-02-28&months=1", "2026-03-30", false)]
    [InlineData("start=2024-09-30&calendarDays=1", "2024-10-08", false)]
    [InlineData("start=2026-11-20&workingDays=7", "2026-12-01", true)]
    [InlineData("start=2026-11-30&workingDays=5", "2026-12-07", true)]
    public async Task GetDeadline_KnownCases_AnswerLastDayAndProvisional(string query, string lastDay, bool provisional)
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(DatabaseProvider.Sqlite);
        using var client = app.CreateClient();

        var answer = await client.GetFromJsonAsync<JsonElement>("/api/calendar/deadline?" + query, TestContext.Current.CancellationToken);

        Assert.Equal(lastDay, answer.GetProperty("lastDay").GetString());
        Assert.Equal(provisional, answer.GetProperty("provisional").GetBoolean());
    }

    [Theory]
    [InlineData("start=2023-02-29&workingDays=7", "start")]
    [InlineData("start=2024-13-01&workingDays=7", "start")]
    [InlineData("start=yesterday&workingDays=7", "start")]
    [InlineData("workingDays=7", "start")]
    [InlineData("start=2024-09-27&workingDays=0", "workingDays")]
    [InlineData("start=2024-09-27&workingDays=-3", "workingDays")]
    [InlineData("start=2024-09-27&calendarDays=3651", "calendarDays")]
    [InlineData("start=2024-09-27&months=121", "months")]
    [InlineData("start=2024-09-27&workingDays=abc", "workingDays")]
    [InlineData("start=2024-09-27&workingDays=7&months=1", "period")]
    [InlineData("start=2024-09-27", "period")]
    public async Task GetDeadline_BadInput_Returns400NamingTheFieldInChinese(string query, string field)
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(DatabaseProvider.Sqlite);
        using var client = app.CreateClient();

        var response = await client.GetAsync("/api/calendar/deadline?" + query, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        var messages = problem.GetProperty("errors").GetProperty(field);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", messages[0].GetString()!);
    }

    [Fact]
    public async Task GetDays_HolidayWeek_ListsKindsNamesAndSettlement()
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(DatabaseProvider.Sqlite);
        using var client = app.CreateClient();

        var days = await client.GetFromJsonAsync<JsonElement[]>("/api/calendar/days?from=2024-09-28&to=2024-10-13", TestContext.Current.CancellationToken);
        var december = await client.GetFromJsonAsync<JsonElement[]>("/api/calendar/days?from=2026-11-30&to=2026-12-01", TestContext.Current.CancellationToken);

        Assert.Equal(16, days!.Length);
        Assert.Equal("weekend", days[0].GetProperty("kind").GetString());
        Assert.Equal("makeupWorkday", days[1].GetProperty("kind").GetString());
        Assert.Equal("workday", days[2].GetProperty("kind").GetString());
        Assert.Equal("holiday", days[3].GetProperty("kind").GetString());
        Assert.Equal("国庆节", days[3].GetProperty("name").GetString());
        Assert.Equal("makeupWorkday", days[14].GetProperty("kind").GetString());
        Assert.All(days, d => Assert.True(d.GetProperty("settled").GetBoolean()));
        Assert.True(december![0].GetProperty("settled").GetBoolean());
        Assert.False(december[1].GetProperty("settled").GetBoolean());
    }

    [Theory]
    [InlineData("from=2024-10-10&to=2024-10-01", "to")]
    [InlineData("from=2024-02-30&to=2024-03-01", "from")]
    [InlineData("from=2000-01-01&to=2030-01-01", "to")]
    public async Task GetDays_BadRange_Returns400(string query, string field)
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(DatabaseProvider.Sqlite);
        using var client = app.CreateClient();

        var response = await client.GetAsync("/api/calendar/days?" + query, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
    }
}
