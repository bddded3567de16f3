using System.Net.Http.Json;
using System.Text.Json;
using Zongzhi.Tests.Infrastructure;
using static Zongzhi.Tests.Features.LeaderCases.LeaderCaseScenario;

namespace Zongzhi.Tests.Features.LeaderCases;

public sealed class LeaderCaseDeadlineTests
{
    private static readonly DateTimeOffset _firstSeptember2025 = new(2025, 9, 1, 10, 0, 0, TimeSpan.FromHours(8));

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task Take_OneMonthEndingOnNationalDay_IsDueAfterTheHoliday(string provider)
    {
        await using var town = await CreateAsync(provider, _firstSeptember2025);
        var (_, caseId) = await town.HandAsync();

        await PostAsync(town.Leader, $"/api/leader-cases/{caseId}/take");
        var mine = await town.Leader.GetFromJsonAsync<JsonElement>("/api/leader-cases", Token);
        var others = await town.OtherLeader.GetFromJsonAsync<JsonElement>("/api/leader-cases", Token);
        town.Clock.SetUtcNow(new DateTimeOffset(2025, 10, 10, 9, 0, 0, TimeSpan.FromHours(8)));
        using var director = await town.App.LoginAsync("director");
        var overdue = await director.GetFromJsonAsync<JsonElement>("/api/leader-cases?overdue=true", Token);

        var item = Assert.Single(mine.EnumerateArray());
        Assert.Equal("2025-10-09", item.GetProperty("dueOn").GetString());
        Assert.Equal("2025-10-09", item.GetProperty("originalDueOn").GetString());
        Assert.False(item.GetProperty("isProvisional").GetBoolean());
        Assert.False(item.GetProperty("isExtended").GetBoolean());
        // September 1–30: 22 weekdays and the makeup Sunday of 28 September; then 9 October after the holiday.
        Assert.Equal(24, item.GetProperty("workingDaysRemaining").GetInt32());
        var late = Assert.Single(overdue.EnumerateArray());
        Assert.True(late.GetProperty("isOverdue").GetBoolean());
        Assert.Equal(-1, late.GetProperty("workingDaysRemaining").GetInt32());
        Assert.Equal(0, others.GetArrayLength());
    }
}
