using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zongzhi.Domain.Shared;
using Zongzhi.Features.Accounts;
using Zongzhi.Platform.Audit;
using Zongzhi.Platform.Privacy;
using Zongzhi.Tests.Infrastructure;

namespace Zongzhi.Tests.Platform.Privacy;

public sealed class RevealPersonalDataTests
{
    private const string IdNumber = "110101199003071234";

    [Fact]
    public async Task Reveal_ByDirectorWithReason_ReturnsValueAndAuditsReasonNotValue()
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(DatabaseProvider.Sqlite);

        var result = await RevealAsync(app, Roles.CenterDirector, "回访核对身份");
        var entry = await app.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Action == RevealPersonalData.Action));

        Assert.True(result.IsSuccess);
        Assert.Equal(IdNumber, result.Value);
        Assert.Equal("Party", entry.EntityType);
        Assert.Equal("42", entry.EntityId);
        Assert.Contains("idNumber", entry.Details, StringComparison.Ordinal);
        Assert.Contains("回访核对身份", entry.Details, StringComparison.Ordinal);
        Assert.DoesNotContain(IdNumber, entry.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reveal_ByHandlerOrWithoutReason_IsRefusedAndNothingIsRecorded()
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(DatabaseProvider.Sqlite);

        var byHandler = await RevealAsync(app, Roles.DepartmentHandler, "想看");
        var noReason = await RevealAsync(app, Roles.CenterDirector, "  ");
        var tooLong = await RevealAsync(app, Roles.CenterDirector, new string('理', 201));

        Assert.IsType<ForbiddenError>(byHandler.Error);
        Assert.Equal("reason", Assert.IsType<ValidationError>(noReason.Error).Field);
        Assert.Equal("reason", Assert.IsType<ValidationError>(tooLong.Error).Field);
        Assert.Equal(0, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == RevealPersonalData.Action)));
    }

    private static async Task<Result<string?>> RevealAsync(ZongzhiAppFactory app, string role, string reason)
    {
        await using var scope = app.Scope();
        scope.ServiceProvider.GetRequiredService<AuditTrail>().ActAs(new Actor("u-1", "tester", [role], "127.0.0.1"));
        var reveal = scope.ServiceProvider.GetRequiredService<RevealPersonalData>();
        return await reveal.RunAsync(new RevealPersonalData.Request("Party", "42", "idNumber", reason),
            _ => Task.FromResult<string?>(IdNumber), TestContext.Current.CancellationToken);
    }
}
