using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Domain.Accountability;
using Zongzhi.Domain.Assignments;
using Zongzhi.Domain.Calendar;
using Zongzhi.Domain.ExtensionRequests;
using Zongzhi.Domain.LeaderCases;
using Zongzhi.Domain.Matters;
using Zongzhi.Domain.Supervision;
using Zongzhi.Features.Accountability;
using Zongzhi.Features.Accounts;
using Zongzhi.Features.Admin;
using Zongzhi.Features.Calendar;
using Zongzhi.Features.Notifications;
using Zongzhi.Platform.Audit;
using Zongzhi.Platform.Privacy;

namespace Zongzhi.Data;

/// <summary>
/// The one EF Core model. Each provider has a sealed subclass that owns its migrations
/// (<see cref="SqliteZongzhiDb"/>, <see cref="PostgresZongzhiDb"/>).
/// </summary>
public abstract class ZongzhiDb(DbContextOptions options)
    : IdentityDbContext<ZongzhiUser>(options), IDataProtectionKeyContext
{
    /// <summary>The shadow concurrency token of editable records (D3: a stale save is refused).</summary>
    public const string VersionProperty = "Version";

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<AuditRetentionWindow> AuditRetentionWindows => Set<AuditRetentionWindow>();

    public DbSet<AccountabilityGround> AccountabilityGrounds => Set<AccountabilityGround>();

    public DbSet<AccountabilityRecord> AccountabilityRecords => Set<AccountabilityRecord>();

    public DbSet<CandidateDismissal> CandidateDismissals => Set<CandidateDismissal>();

    public DbSet<HolidayNotice> HolidayNotices => Set<HolidayNotice>();

    public DbSet<HolidayNoticeDay> HolidayNoticeDays => Set<HolidayNoticeDay>();

    public DbSet<CalendarOverride> CalendarOverrides => Set<CalendarOverride>();

    public DbSet<CalendarVersionRecord> CalendarVersions => Set<CalendarVersionRecord>();

    public DbSet<DeadlineRevision> DeadlineRevisions => Set<DeadlineRevision>();

    public DbSet<RuleSettingsRecord> RuleSettings => Set<RuleSettingsRecord>();

    public DbSet<TrackedDeadline> Deadlines => Set<TrackedDeadline>();

    public DbSet<Department> Departments => Set<Department>();

    public DbSet<Village> Villages => Set<Village>();

    public DbSet<DisputeCategory> DisputeCategories => Set<DisputeCategory>();

    public DbSet<Features.SelfService.MatterQueryCode> MatterQueryCodes => Set<Features.SelfService.MatterQueryCode>();

    public DbSet<Domain.SelfService.MatterEvaluation> MatterEvaluations => Set<Domain.SelfService.MatterEvaluation>();

    public DbSet<Domain.SelfService.SatisfactionReview> SatisfactionReviews => Set<Domain.SelfService.SatisfactionReview>();

    public DbSet<Features.SelfService.SelfServiceAttempt> SelfServiceAttempts => Set<Features.SelfService.SelfServiceAttempt>();

    public DbSet<Matter> Matters => Set<Matter>();

    public DbSet<Party> Parties => Set<Party>();

    public DbSet<MatterEvent> MatterEvents => Set<MatterEvent>();

    public DbSet<AssignmentSheet> AssignmentSheets => Set<AssignmentSheet>();

    public DbSet<AssignmentRound> AssignmentRounds => Set<AssignmentRound>();

    public DbSet<ExtensionRequest> ExtensionRequests => Set<ExtensionRequest>();

    public DbSet<Reminder> Reminders => Set<Reminder>();

    public DbSet<MaterialsRequest> MaterialsRequests => Set<MaterialsRequest>();

    public DbSet<ReportRequest> ReportRequests => Set<ReportRequest>();

    public DbSet<CoordinationMeeting> CoordinationMeetings => Set<CoordinationMeeting>();

    public DbSet<LeaderCase> LeaderCases => Set<LeaderCase>();

    public DbSet<Domain.Meetings.MonthlyMeeting> MonthlyMeetings => Set<Domain.Meetings.MonthlyMeeting>();

    public DbSet<Domain.Meetings.MonthlyMeetingTask> MonthlyMeetingTasks => Set<Domain.Meetings.MonthlyMeetingTask>();

    public DbSet<Domain.Meetings.PeriodicReport> PeriodicReports => Set<Domain.Meetings.PeriodicReport>();

    public DbSet<Domain.Information.InformationItem> InformationItems => Set<Domain.Information.InformationItem>();

    public DbSet<Domain.Information.VillageReport> VillageReports => Set<Domain.Information.VillageReport>();

    public DbSet<Features.Information.VillageReportReminder> VillageReportReminders => Set<Features.Information.VillageReportReminder>();

    public DbSet<Domain.Information.ScreeningCampaign> ScreeningCampaigns => Set<Domain.Information.ScreeningCampaign>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<Features.Attachments.Attachment> Attachments => Set<Features.Attachments.Attachment>();

    public DbSet<Features.Supervision.DeadlineAlert> DeadlineAlerts => Set<Features.Supervision.DeadlineAlert>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        BumpVersions();
        PersonalDataColumns.FillSearchHashes(this);
        return AuditChain.Save(this, () => base.SaveChanges(acceptAllChangesOnSuccess));
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BumpVersions();
        PersonalDataColumns.FillSearchHashes(this);
        return AuditChain.SaveAsync(this, ct => base.SaveChangesAsync(acceptAllChangesOnSuccess, ct), cancellationToken);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // Enums are stored by name (STYLE.md §3), instants are UTC on both providers (SQLite returns Unspecified).
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<NullableUtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ZongzhiDb).Assembly, t => t.Namespace?.StartsWith("Zongzhi", StringComparison.Ordinal) == true);
        PersonalDataColumns.ApplyConverters(builder, PersonalDataColumns.FindProtector(this));
    }

    // A new record starts at version 1; every modified one moves to the next version, and EF checks the original
    // in the UPDATE's WHERE clause, so a save based on a stale read affects no row and is refused.
    private void BumpVersions()
    {
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Modified or EntityState.Added))
            {
                continue;
            }

            var version = entry.Metadata.FindProperty(VersionProperty);
            if (version is null || !version.IsShadowProperty())
            {
                continue;
            }

            var property = entry.Property(VersionProperty);
            property.CurrentValue = entry.State == EntityState.Added ? 1 : (int)(property.OriginalValue ?? 0) + 1;
        }
    }
}
