using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Zongzhi.Data;
using Zongzhi.Domain.Matters;
using Zongzhi.Platform;
using Zongzhi.Platform.Audit;
using Zongzhi.Platform.Privacy;

namespace Zongzhi.Features.Benchmark;

/// <summary>
/// Seeds N matters straight into the app's tables, the way the app would have stored them over the years: channels,
/// categories and villages in realistic shares, every state (5% still open, the newest), assignment sheets with their
/// signing and handling deadlines (some overdue), rounds, call-backs, parties with phone and ID number encrypted by the
/// installation's key (and their search hashes), the timeline, notifications and hash-chained audit entries.
/// </summary>
public sealed class BenchSeeder(ZongzhiDb db, PersonalDataProtector protector, TownClock clock)
{
    /// <summary>The share of matters still open (registered, accepted, assigned, with a leader or transferred).</summary>
    public const double OpenShare = 0.05;

    private const int BatchSize = 5000;

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡"];
    private static readonly string[] GivenNames = ["建国", "秀英", "海燕", "志强", "丽华", "国平", "桂兰", "文军", "春梅", "德明", "小红", "永刚"];
    private static readonly string[] Topics = ["宅基地界址争议", "邻里通道纠纷", "土地承包经营权纠纷", "拖欠农民工工资", "婚姻家庭矛盾", "物业服务纠纷", "噪音扰民", "山林权属争议", "征地补偿款分配", "道路交通事故赔偿"];

    public sealed record People(string ClerkId, IReadOnlyList<string> DirectorIds, IReadOnlyDictionary<long, string> HandlerByDepartment);

    public sealed record Outcome(int Matters, long Rows, TimeSpan Elapsed);

    public async Task<Outcome> RunAsync(int count, People people, IProgress<(int Done, int Total)>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(people);
        var started = System.Diagnostics.Stopwatch.StartNew();
        var model = db.GetService<Microsoft.EntityFrameworkCore.Metadata.IDesignTimeModel>().Model.GetRelationalModel();
        BulkTable T(string name) => new(model.FindTable(name, null) ?? throw new InvalidOperationException($"No table {name}."));
        var matters = T("Matters");
        var parties = T("Parties");
        var events = T("MatterEvents");
        var deadlines = T("Deadlines");
        var sheets = T("AssignmentSheets");
        var rounds = T("AssignmentRounds");
        var callbacks = T("Callbacks");
        var notifications = T("Notifications");
        var audits = T("AuditEntries");
        BulkTable[] order = [matters, parties, events, deadlines, sheets, rounds, callbacks, notifications, audits];

        var categories = await db.DisputeCategories.Where(c => c.IsActive).OrderBy(c => c.SortOrder).Select(c => c.Code).ToListAsync(cancellationToken);
        var villages = await db.Villages.Where(v => v.IsActive).OrderBy(v => v.Id).Select(v => v.Id).ToListAsync(cancellationToken);
        var departments = people.HandlerByDepartment.Keys.Order().ToList();
        var calendarVersion = await db.CalendarVersions.OrderByDescending(v => v.Id).Select(v => v.Version).FirstOrDefaultAsync(cancellationToken) ?? "";
        var head = await db.AuditEntries.OrderByDescending(a => a.Sequence).Select(a => new { a.Sequence, a.Hash }).FirstOrDefaultAsync(cancellationToken);
        var auditSequence = head?.Sequence ?? 0;
        var auditPrevious = head?.Hash ?? AuditHash.Genesis;
        var phoneConverter = Converter(nameof(Party.Phone));
        var idConverter = Converter(nameof(Party.IdNumber));

        // Ids continue after anything already there (ids are given explicitly; sequences are moved on afterwards).
        var ids = new Dictionary<BulkTable, long>();
        foreach (var table in order)
        {
            ids[table] = await MaxIdAsync(table.Name, cancellationToken);
        }

        long Next(BulkTable table) => ids[table] = ids[table] + 1;

        var random = new Random(20261128);
        var now = clock.UtcNow();
        var today = clock.Today();
        // A town registers a few thousand matters a year; the benchmark spreads N over five years up to now.
        var span = TimeSpan.FromDays(5 * 365);
        var start = now - span;
        var sequenceByYear = new Dictionary<string, long>();
        var firstOpen = (int)(count * (1 - OpenShare));
        long rows = 0;
        var audit = new AuditEntry();

        for (var i = 0; i < count; i++)
        {
            var received = start + TimeSpan.FromTicks((long)(span.Ticks * ((i + random.NextDouble()) / count)));
            var registered = received.AddMinutes(5 + random.Next(120));
            if (registered > now)
            {
                registered = now;
            }

            var year = clock.DateOf(registered).Year;
            var numberKey = $"matter-{year}";
            var number = MatterNumber.Format(year, sequenceByYear[numberKey] = sequenceByYear.GetValueOrDefault(numberKey) + 1);
            var matterId = Next(matters);
            var channel = Pick(random, [("Visit", 42), ("Call", 32), ("Letter", 10), ("MediationApplication", 16)]);
            var category = categories[Math.Min(categories.Count - 1, (int)(categories.Count * Math.Pow(random.NextDouble(), 1.6)))];
            long? village = random.Next(10) == 0 ? null : villages[random.Next(villages.Count)];
            var topic = Topics[random.Next(Topics.Length)];
            var summary = $"{topic}（{i % 97 + 1}号）";
            var open = i >= firstOpen;
            var status = open
                ? Pick(random, [("Registered", 12), ("Accepted", 10), ("Assigned", 58), ("InLeaderCase", 8), ("Transferred", 12)])
                : Pick(random, [("Closed", 40), ("Archived", 45), ("Declined", 8), ("Merged", 7)]);
            var department = departments[random.Next(departments.Count)];
            var handler = people.HandlerByDepartment[department];
            var director = people.DirectorIds[random.Next(people.DirectorIds.Count)];
            var triaged = registered.AddHours(2 + random.Next(40));
            var assigned = triaged.AddHours(1 + random.Next(20));
            var complexity = Pick(random, [("General", 70), ("Complex", 25), ("EspeciallyComplex", 5)]);
            var handlingDays = complexity switch { "General" => 10, "Complex" => 21, _ => 42 };
            var issuedOn = clock.DateOf(assigned);
            var receivedOn = issuedOn.AddDays(random.Next(3));
            var dueOn = issuedOn.AddDays(handlingDays);
            var submittedOn = dueOn.AddDays(random.Next(10) < 8 ? -random.Next(handlingDays) : random.Next(1, 6));
            var closedAt = clock.StartOfDayUtc(submittedOn).AddHours(10 + random.Next(8)).AddDays(random.Next(1, 5));
            var track = status == "Transferred" || random.Next(20) == 0 ? "PartyGovernmentOffice" : "Center";
            var triagedStates = status is not "Registered";
            var assignedStates = status is "Assigned" or "Closed" or "Archived";
            var closedStates = status is "Closed" or "Archived";

            var row = matters.Add()
                .Set("Id", matterId).Set("Number", number).Set("Channel", channel).Set("ReceivedAt", received).Set("RegisteredAt", registered)
                .Set("RegisteredByUserId", people.ClerkId).Set("VillageId", village).Set("Category", category).Set("Summary", summary)
                .Set("Description", $"当事人反映{topic}，请求镇综治中心协调处理。登记时已告知受理流程与期限。")
                .Set("IsMajor", random.Next(50) == 0).Set("IsGroup", random.Next(25) == 0).Set("IsSkipLevelPetition", random.Next(100) == 0)
                .Set("IsEmergency", random.Next(200) == 0).Set("Status", status).Set("Track", track)
                .Set("Version", 1);
            if (triagedStates)
            {
                row.Set("TriagedAt", triaged).Set("TriagedByUserId", director);
            }

            if (status is "Accepted" or "Assigned" or "Closed" or "Archived" or "Transferred")
            {
                row.Set("Complexity", complexity);
            }

            if (status == "Declined")
            {
                row.Set("DeclineReason", "不属于本中心受理范围，已告知当事人向有权机关反映");
            }

            if (status == "Merged" && matterId > 1)
            {
                row.Set("DuplicateOfMatterId", matterId - 1 - random.Next((int)Math.Min(matterId - 1, 50)));
            }

            if (status == "InLeaderCase")
            {
                row.Set("HandledByLeaderCase", true);
            }

            if (status == "Transferred")
            {
                row.Set("Transfer_Kind", "OutsideCenter").Set("Transfer_ReceivingUnit", "县人力资源和社会保障局").Set("Transfer_TransferredAt", triaged)
                    .Set("Transfer_TransferredOn", clock.DateOf(triaged)).Set("Transfer_TransferredByUserId", director)
                    .Set("Transfer_Notice_DocumentNumber", $"移交〔{year}〕{i % 1000 + 1}号").Set("Transfer_Notice_AddressedTo", "县人力资源和社会保障局")
                    .Set("Transfer_Notice_Text", "现将该事项移交你单位依法处理，请按期反馈办理结果。").Set("Transfer_Notice_IssuedOn", clock.DateOf(triaged));
            }

            if (assignedStates)
            {
                row.Set("AssignedAt", assigned);
            }

            if (closedStates)
            {
                row.Set("ResultAcceptedAt", closedAt.AddHours(-2)).Set("ClosedAt", closedAt).Set("ClosedOn", clock.DateOf(closedAt)).Set("ClosedByUserId", director);
            }

            if (status == "Archived")
            {
                row.Set("ArchiveRecord_ArchiveNumber", $"GD-{year}-{matterId:000000}").Set("ArchiveRecord_ArchivedAt", closedAt.AddDays(3))
                    .Set("ArchiveRecord_ArchivedByUserId", director).Set("ArchiveRecord_Materials", ArchiveMaterials);
            }

            // Parties: a complainant always, a respondent in most matters, a second complainant in group matters.
            var partyCount = 1 + (random.Next(10) < 6 ? 1 : 0) + (random.Next(10) == 0 ? 1 : 0);
            for (var p = 0; p < partyCount; p++)
            {
                var name = Surnames[random.Next(Surnames.Length)] + GivenNames[random.Next(GivenNames.Length)];
                var phone = "1" + (random.Next(3, 10)).ToString(CultureInfo.InvariantCulture) + random.NextInt64(100_000_000, 999_999_999).ToString(CultureInfo.InvariantCulture);
                var idNumber = p == 1 || random.Next(3) == 0 ? null : IdNumber(random);
                parties.Add().Set("Id", Next(parties)).Set("MatterId", matterId).Set("Role", p == 1 ? "Respondent" : "Complainant").Set("Name", name)
                    .Set("Phone", phoneConverter(phone)).Set("PhoneSearchHash", protector.SearchHash(PersonalDataKind.Phone, phone))
                    .Set("IdNumber", idNumber is null ? null : idConverter(idNumber))
                    .Set("IdNumberSearchHash", idNumber is null ? null : protector.SearchHash(PersonalDataKind.IdNumber, idNumber))
                    .Set("Address", $"示范镇{(village ?? 1) % 20 + 1}组{random.Next(1, 80)}号");
            }

            Event(events, Next(events), matterId, registered, people.ClerkId, "Registered", $"登记事项 {number}：{summary}");
            Notify(notifications, Next(notifications), director, "DecisionNeeded", $"新登记事项待受理：{number}", summary, matterId, $"matter:{matterId}:registered", registered, open ? null : triaged);
            Audit(audits, Next(audits), registered, people.ClerkId, "bench.clerk", "ReceptionClerk", "Matter", matterId, "matter.register",
                new { Number = number, channel, parties = partyCount });
            switch (status)
            {
                case "Declined":
                    Event(events, Next(events), matterId, triaged, director, "Declined", "不予受理");
                    break;
                case "Merged":
                    Event(events, Next(events), matterId, triaged, director, "MergedAsDuplicate", "作为重复件合并");
                    break;
                case "InLeaderCase":
                    Event(events, Next(events), matterId, triaged, director, "HandedToLeader", "交领导包案");
                    break;
                case "Transferred":
                    Event(events, Next(events), matterId, triaged, director, "Accepted", $"受理，复杂程度：{complexity}");
                    Event(events, Next(events), matterId, triaged, director, "TransferredOutsideCenter", "移交县人力资源和社会保障局");
                    break;
                case "Registered":
                    break;
                default:
                    Event(events, Next(events), matterId, triaged, director, "Accepted", $"受理，复杂程度：{complexity}");
                    break;
            }

            if (triagedStates)
            {
                Audit(audits, Next(audits), triaged, director, "bench.director", "CenterDirector", "Matter", matterId, "matter.triage", new { status });
            }

            if (assignedStates)
            {
                var sheetNumberKey = $"sheet-{year}";
                var sheetNumber = Domain.Assignments.AssignmentSheetNumber.Format(year, sequenceByYear[sheetNumberKey] = sequenceByYear.GetValueOrDefault(sheetNumberKey) + 1);
                var done = closedStates || (status == "Assigned" && random.Next(4) == 0);
                // As the domain has it (AssignmentSheet.Receive, AssignmentRound.Submit): a result needs a signature, the signing
                // deadline is met on receipt, and the first round and its deadline start on receipt; the board relies on it.
                var signed = (closedStates || done || random.Next(10) < 8) && receivedOn <= today;
                done &= signed;
                var signingId = Next(deadlines);
                var handlingId = signed ? Next(deadlines) : 0;
                deadlines.Add().Set("Id", signingId).Set("Subject", "Signing").Set("MatterId", matterId).Set("StartedOn", issuedOn).Set("Unit", "WorkingDays")
                    .Set("Count", 1).Set("OriginalDueOn", issuedOn.AddDays(1)).Set("DueOn", issuedOn.AddDays(1)).Set("CalendarVersion", calendarVersion)
                    .Set("MetOn", signed ? receivedOn : null).Set("Version", 1);
                if (signed)
                {
                    deadlines.Add().Set("Id", handlingId).Set("Subject", "AssignmentRound").Set("MatterId", matterId).Set("StartedOn", receivedOn).Set("Unit", "WorkingDays")
                        .Set("Count", handlingDays).Set("OriginalDueOn", dueOn).Set("DueOn", dueOn).Set("CalendarVersion", calendarVersion)
                        .Set("MetOn", done ? submittedOn : null).Set("Version", 1);
                }

                var sheetId = Next(sheets);
                sheets.Add().Set("Id", sheetId).Set("MatterId", matterId).Set("Number", sheetNumber).Set("HandlingDepartmentId", department)
                    .Set("CoHandlingDepartmentIds", random.Next(8) == 0 ? new[] { departments[(departments.IndexOf(department) + 1) % departments.Count] } : Array.Empty<long>())
                    .Set("Requirements", "请依法依规调查处理，按期反馈办理结果并做好当事人解释工作。").Set("Complexity", complexity).Set("SupervisingBody", track)
                    .Set("Status", closedStates ? "ResultAccepted" : done ? "AwaitingReview" : signed ? "InHandling" : "AwaitingReceipt")
                    .Set("IssuedAt", assigned).Set("IssuedOn", issuedOn).Set("IssuedByUserId", director).Set("SigningDeadlineId", signingId)
                    .Set("ReceivedOn", signed ? receivedOn : null).Set("ReceivedAt", signed ? clock.StartOfDayUtc(receivedOn).AddHours(9) : null)
                    .Set("HandlerUserId", signed ? handler : null).Set("Version", 1);
                if (signed)
                {
                    var round = rounds.Add().Set("Id", Next(rounds)).Set("AssignmentSheetId", sheetId).Set("RoundNumber", 1).Set("StartedOn", receivedOn).Set("DeadlineId", handlingId);
                    if (done)
                    {
                        round.Set("Result_WhatWasDone", "已实地调查并组织双方调解，达成一致意见。").Set("Result_ReplyToParty", "已当面答复当事人。")
                            .Set("Result_PartySatisfaction", "Satisfied").Set("Result_SubmittedAt", clock.StartOfDayUtc(submittedOn).AddHours(15))
                            .Set("Result_SubmittedOn", submittedOn).Set("Result_SubmittedByUserId", handler);
                    }

                    if (closedStates)
                    {
                        round.Set("Outcome", "Accepted").Set("ReviewedAt", closedAt.AddHours(-2)).Set("ReviewedByUserId", director);
                    }
                }

                Event(events, Next(events), matterId, assigned, director, "Assigned", $"交办 {sheetNumber}，办理期限 {dueOn:yyyy-MM-dd}");
                Notify(notifications, Next(notifications), handler, "Assigned", $"新交办单：{sheetNumber}", summary, matterId, $"sheet:{sheetId}:issued", assigned, signed ? assigned.AddHours(3) : null);
                Audit(audits, Next(audits), assigned, director, "bench.director", "CenterDirector", "AssignmentSheet", sheetId, "sheet.issue", new { sheetNumber, department });
                if (signed)
                {
                    Event(events, Next(events), matterId, clock.StartOfDayUtc(receivedOn).AddHours(9), handler, "SheetReceived", $"签收交办单 {sheetNumber}，办理期限 {dueOn:yyyy-MM-dd}");
                }

                if (done)
                {
                    Event(events, Next(events), matterId, clock.StartOfDayUtc(submittedOn).AddHours(15), handler, "ResultSubmitted", "提交办理结果");
                }
            }

            if (closedStates)
            {
                var calledBackOn = clock.DateOf(closedAt).AddDays(-1);
                callbacks.Add().Set("Id", Next(callbacks)).Set("MatterId", matterId).Set("Method", Pick(random, [("Phone", 70), ("Visit", 20), ("TextMessage", 10)]))
                    .Set("Satisfaction", Pick(random, [("Satisfied", 75), ("BasicallySatisfied", 18), ("Unsatisfied", 7)])).Set("CalledBackOn", calledBackOn)
                    .Set("RecordedAt", closedAt.AddHours(-1)).Set("ByUserId", director);
                Event(events, Next(events), matterId, closedAt.AddHours(-2), director, "ResultAccepted", "审核通过办理结果");
                Event(events, Next(events), matterId, closedAt.AddHours(-1), director, "CallbackRecorded", "回访");
                Event(events, Next(events), matterId, closedAt, director, "Closed", "办结");
                Audit(audits, Next(audits), closedAt, director, "bench.director", "CenterDirector", "Matter", matterId, "matter.close", null);
                if (status == "Archived")
                {
                    Event(events, Next(events), matterId, closedAt.AddDays(3), director, "Archived", $"归档 GD-{year}-{matterId:000000}");
                }
            }

            if ((i + 1) % BatchSize == 0 || i == count - 1)
            {
                rows += order.Sum(t => (long)t.Pending.Count);
                await using (var writer = await BulkWriter.OpenAsync(db, cancellationToken))
                {
                    await writer.FlushAsync(order, cancellationToken);
                }

                progress?.Report((i + 1, count));
            }
        }

        await FinishAsync(sequenceByYear, order, cancellationToken);
        return new Outcome(count, rows, started.Elapsed);

        void Audit(BulkTable table, long id, DateTime at, string userId, string userName, string roles, string entityType, long entityId, string action, object? details)
        {
            audit.Sequence = ++auditSequence;
            audit.At = AuditHash.Normalise(at);
            audit.UserId = userId;
            audit.UserName = userName;
            audit.Roles = roles;
            audit.ClientAddress = "127.0.0.1";
            audit.EntityType = entityType;
            audit.EntityId = entityId.ToString(CultureInfo.InvariantCulture);
            audit.Action = action;
            audit.Details = details is null ? null : JsonSerializer.Serialize(details, AuditJson);
            audit.PreviousHash = auditPrevious;
            audit.Hash = AuditHash.Compute(audit);
            auditPrevious = audit.Hash;
            table.Add().Set("Id", id).Set("Sequence", audit.Sequence).Set("At", audit.At).Set("UserId", userId).Set("UserName", userName).Set("Roles", roles)
                .Set("ClientAddress", audit.ClientAddress).Set("EntityType", entityType).Set("EntityId", audit.EntityId).Set("Action", action)
                .Set("Details", audit.Details).Set("PreviousHash", audit.PreviousHash).Set("Hash", audit.Hash);
        }
    }

    private static readonly string[] ArchiveMaterials = ["登记表", "交办单", "办理结果", "回访记录"];

    private static readonly JsonSerializerOptions AuditJson = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static void Event(BulkTable table, long id, long matterId, DateTime at, string actor, string kind, string summary) =>
        table.Add().Set("Id", id).Set("MatterId", matterId).Set("At", at).Set("ActorUserId", actor).Set("Kind", kind).Set("Summary", summary);

    private static void Notify(BulkTable table, long id, string userId, string kind, string title, string body, long matterId, string dedupKey, DateTime at, DateTime? readAt) =>
        table.Add().Set("Id", id).Set("UserId", userId).Set("Kind", kind).Set("Title", title).Set("Body", body).Set("Link", $"/Matters/Details/{matterId}")
            .Set("MatterId", matterId).Set("DedupKey", dedupKey).Set("CreatedAt", at).Set("ReadAt", readAt);

    private static string Pick(Random random, (string Value, int Weight)[] choices)
    {
        var roll = random.Next(choices.Sum(c => c.Weight));
        foreach (var (value, weight) in choices)
        {
            if ((roll -= weight) < 0)
            {
                return value;
            }
        }

        return choices[^1].Value;
    }

    private static string IdNumber(Random random)
    {
        var birth = new DateOnly(1950, 1, 1).AddDays(random.Next(365 * 55));
        var first17 = string.Create(CultureInfo.InvariantCulture, $"3301{random.Next(10, 99)}{birth:yyyyMMdd}{random.Next(100, 999)}");
        return first17 + IdCardNumber.ComputeCheckCharacter(first17);
    }

    private Func<string, object?> Converter(string property)
    {
        var converter = db.Model.FindEntityType(typeof(Party))!.FindProperty(property)!.GetValueConverter()
            ?? throw new InvalidOperationException($"Party.{property} has no encrypting converter.");
        return value => converter.ConvertToProvider(value);
    }

    private async Task<long> MaxIdAsync(string table, CancellationToken cancellationToken)
    {
        await using var connection = RawSql.Open(db);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COALESCE(MAX(\"Id\"), 0) FROM \"{table}\"";
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    // Number sequences continue after the seeded numbers; PostgreSQL identity sequences after the explicit ids.
    private async Task FinishAsync(Dictionary<string, long> sequences, BulkTable[] tables, CancellationToken cancellationToken)
    {
        foreach (var (name, value) in sequences)
        {
            if (await db.Set<NumberSequence>().AnyAsync(s => s.Name == name, cancellationToken))
            {
                await db.Set<NumberSequence>().Where(s => s.Name == name).ExecuteUpdateAsync(s => s.SetProperty(x => x.Value, x => x.Value + value), cancellationToken);
            }
            else
            {
                db.Set<NumberSequence>().Add(new NumberSequence { Name = name, Value = value });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await using var connection = RawSql.Open(db);
        foreach (var table in tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = db.Database.IsNpgsql()
                ? $"SELECT setval(pg_get_serial_sequence('\"{table.Name}\"', 'Id'), (SELECT COALESCE(MAX(\"Id\"), 1) FROM \"{table.Name}\")); ANALYZE \"{table.Name}\";"
                : $"ANALYZE \"{table.Name}\"";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        if (!db.Database.IsNpgsql())
        {
            await using var checkpoint = connection.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
            await checkpoint.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
