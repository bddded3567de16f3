using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Zongzhi.Data;
using Zongzhi.Platform.Audit;
using Zongzhi.Tests.Infrastructure;

namespace Zongzhi.Tests.Platform.Audit;

public sealed class AuditChainTests
{
    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task Verify_EditedRow_NamesFirstBrokenEntry(string provider)
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(provider);
        await RecordAsync(app, 5);
        var before = await VerifyAsync(app);
        var target = await app.WithDbAsync(db => db.AuditEntries.OrderBy(a => a.Sequence).Skip(2).FirstAsync());

        await app.WithDbAsync(async db =>
        {
            await DisableProtectionAsync(db);
            return await db.Database.ExecuteSqlAsync($"UPDATE \"AuditEntries\" SET \"Details\" = '{{\"n\":99}}' WHERE \"Id\" = {target.Id}");
        });
        var after = await VerifyAsync(app);

        Assert.True(before.IsIntact, before.Problem);
        Assert.False(after.IsIntact);
        Assert.Equal(target.Sequence, after.BrokenSequence);
        Assert.Equal(target.Id, after.BrokenId);
    }

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task Verify_DeletedRow_NamesTheGap(string provider)
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(provider);
        await RecordAsync(app, 4);
        var target = await app.WithDbAsync(db => db.AuditEntries.OrderBy(a => a.Sequence).Skip(1).FirstAsync());

        await app.WithDbAsync(async db =>
        {
            await DisableProtectionAsync(db);
            return await db.Database.ExecuteSqlAsync($"DELETE FROM \"AuditEntries\" WHERE \"Id\" = {target.Id}");
        });
        var after = await VerifyAsync(app);

        Assert.Equal(target.Sequence + 1, after.BrokenSequence);
    }

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task UpdateOrDelete_OnAuditTable_IsRefusedByTheDatabase(string provider)
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(provider);
        await RecordAsync(app, 2);

        var update = await Record.ExceptionAsync(() => app.WithDbAsync(db =>
            db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"Action\" = 'forged'")));
        var delete = await Record.ExceptionAsync(() => app.WithDbAsync(db =>
            db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEntries\"")));
        var tracked = await Record.ExceptionAsync(() => app.WithDbAsync(async db =>
        {
            var entry = await db.AuditEntries.FirstAsync();
            entry.Action = "forged";
            return await db.SaveChangesAsync();
        }));

        Assert.NotNull(update);
        Assert.Contains("append-only", update.Message, StringComparison.Ordinal);
        Assert.NotNull(delete);
        Assert.IsType<InvalidOperationException>(tracked);
        Assert.True((await VerifyAsync(app)).IsIntact);
        Assert.Equal(0, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "forged")));
    }

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task ConcurrentWrites_KeepOneValidChain(string provider)
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(provider);
        var initial = await app.WithDbAsync(db => db.AuditEntries.CountAsync());

        await Task.WhenAll(Enumerable.Range(0, 16).Select(i => Task.Run(() => RecordAsync(app, 3, i))));
        var report = await VerifyAsync(app);

        Assert.True(report.IsIntact, report.Problem);
        Assert.Equal(initial + 48, report.Checked);
        Assert.Equal(report.Checked, report.HeadSequence);
    }

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task Purge_EntriesPastRetention_DeletesThemAndChainStaysVerifiable(string provider)
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(provider);
        await RecordAsync(app, 3);
        app.Clock.Advance(TimeSpan.FromDays(100));
        await RecordAsync(app, 2);
        app.Clock.Advance(TimeSpan.FromDays(100));

        await using var scope = app.Scope();
        var outcome = await scope.ServiceProvider.GetRequiredService<PurgeExpiredAuditEntries>().RunAsync(TestContext.Current.CancellationToken);
        var report = await VerifyAsync(app);

        Assert.True(outcome.Deleted >= 3);
        Assert.True(report.IsIntact, report.Problem);
        Assert.Equal(3, report.Checked);
        Assert.Equal(0, await app.WithDbAsync(db => db.AuditRetentionWindows.CountAsync()));
    }

    [Fact]
    public async Task Start_RetentionBelow180Days_IsRefused()
    {
        var settings = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Zongzhi:Audit:RetentionDays"] = "90" }).Build();

        var error = Record.Exception(() => { AuditOptions.From(settings); });

        Assert.IsType<InvalidOperationException>(error);
        Assert.Contains("180", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Retention_IsConfigurableUpwardOnly()
    {
        static AuditOptions With(string days) => AuditOptions.From(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Zongzhi:Audit:RetentionDays"] = days }).Build());

        Assert.Equal(180, AuditOptions.From(new ConfigurationBuilder().Build()).RetentionDays);
        Assert.Equal(180, With("180").RetentionDays);
        Assert.Equal(730, With("730").RetentionDays);
        Assert.Throws<InvalidOperationException>(() => With("179"));
        Assert.Throws<InvalidOperationException>(() => With("0"));
        Assert.Throws<InvalidOperationException>(() => With("-365"));
        Assert.Throws<InvalidOperationException>(() => With("half a year"));
    }

    internal static async Task RecordAsync(ZongzhiAppFactory app, int count, int writer = 0)
    {
        for (var i = 0; i < count; i++)
        {
            await using var scope = app.Scope();
            scope.ServiceProvider.GetRequiredService<AuditTrail>().Record("Test", writer, "test.write", new { n = i });
            await scope.ServiceProvider.GetRequiredService<ZongzhiDb>().SaveChangesAsync();
        }
    }

    internal static async Task<AuditChainReport> VerifyAsync(ZongzhiAppFactory app)
    {
        await using var scope = app.Scope();
        return await scope.ServiceProvider.GetRequiredService<VerifyAuditChain>().RunAsync();
    }

    /// <summary>What an attacker with file or owner access does first.</summary>
    internal static Task<int> DisableProtectionAsync(ZongzhiDb db) => db is PostgresZongzhiDb
        ? db.Database.ExecuteSqlRawAsync("ALTER TABLE \"AuditEntries\" DISABLE TRIGGER USER")
        : db.Database.ExecuteSqlRawAsync("DROP TRIGGER \"AuditEntries_NoUpdate\"; DROP TRIGGER \"AuditEntries_NoDelete\";");
}
