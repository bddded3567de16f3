using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Zongzhi.Data;

/// <summary>
/// One writer at a time on a SQLite database, queued in the app instead of colliding in SQLite: every write
/// transaction (EF opens <c>BEGIN IMMEDIATE</c>, also the one around SaveChanges) waits for this process's gate of
/// its database file before it begins and hands it on when it commits, rolls back, fails or its connection closes.
/// Without it, concurrent writers meet SQLITE_BUSY and sleep-and-retry in the busy handler, so a burst of 32 writers
/// gives p99 latencies of hundreds of milliseconds; with it they wait in a FIFO queue and each write takes its own
/// few milliseconds. Switch off with <c>Zongzhi:Sqlite:WriteGate=false</c> (to measure the difference).
/// </summary>
public sealed partial class SqliteWriteGate : DbTransactionInterceptor
{
    public const string Setting = "Zongzhi:Sqlite:WriteGate";

    // Longer than this and the writer goes ahead without the gate: SQLite's own busy timeout then applies.
    private static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(10);
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);
    private static readonly ConditionalWeakTable<DbConnection, SemaphoreSlim> Held = [];

    /// <summary>The interceptors to add to the SQLite context: the gate and its connection-close safety net, unless switched off.</summary>
    public static IInterceptor[] For(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return configuration.GetValue(Setting, true) ? [new SqliteWriteGate(), new ReleaseOnClose(), new LoneWrites()] : [];
    }

    public override InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var gate = GateOf(connection);
        if (!Held.TryGetValue(connection, out _) && gate.Wait(MaxWait))
        {
            Held.AddOrUpdate(connection, gate);
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection, TransactionStartingEventData eventData,
        InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var gate = GateOf(connection);
        if (!Held.TryGetValue(connection, out _) && await gate.WaitAsync(MaxWait, cancellationToken))
        {
            Held.AddOrUpdate(connection, gate);
        }

        return result;
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Release(eventData?.Context?.Database.GetDbConnection());

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData?.Context?.Database.GetDbConnection());
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Release(eventData?.Context?.Database.GetDbConnection());

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData?.Context?.Database.GetDbConnection());
        return Task.CompletedTask;
    }

    public override void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Release(eventData?.Context?.Database.GetDbConnection());

    public override Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData?.Context?.Database.GetDbConnection());
        return Task.CompletedTask;
    }

    private static SemaphoreSlim GateOf(DbConnection connection) => Gates.GetOrAdd(connection.ConnectionString, _ => new SemaphoreSlim(1, 1));

    private static void Release(DbConnection? connection)
    {
        if (connection is not null && Held.TryGetValue(connection, out var gate) && Held.Remove(connection))
        {
            gate.Release();
        }
    }

    private static readonly ConditionalWeakTable<DbCommand, SemaphoreSlim> HeldByCommand = [];

    private static async ValueTask EnterForCommandAsync(DbCommand command, bool async, CancellationToken cancellationToken)
    {
        var connection = command.Connection;
        if (connection is null || command.Transaction is not null || Held.TryGetValue(connection, out _) || !LoneWrites.IsWrite(command.CommandText))
        {
            return;
        }

        var gate = GateOf(connection);
        if (async ? await gate.WaitAsync(MaxWait, cancellationToken) : gate.Wait(MaxWait, cancellationToken))
        {
            Held.AddOrUpdate(connection, gate);
            HeldByCommand.AddOrUpdate(command, gate);
        }
    }

    private static void ReleaseForCommand(DbCommand command)
    {
        if (HeldByCommand.TryGetValue(command, out _) && HeldByCommand.Remove(command))
        {
            Release(command.Connection);
        }
    }

    /// <summary>
    /// A write outside any transaction (a SaveChanges of one statement, which EF runs without a transaction;
    /// ExecuteUpdate/ExecuteDelete) takes the gate for that one command, so it queues with the other writers instead of
    /// meeting SQLITE_BUSY (issue 8: the gate must cover every write path).
    /// </summary>
    private sealed partial class LoneWrites : DbCommandInterceptor
    {
        // The statement's first word only: EF inlines constants, so a read filtering on 'matter.update' must not queue as a write.
        [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(INSERT|UPDATE|DELETE|REPLACE)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
        private static partial System.Text.RegularExpressions.Regex WriteStatement();

        public static bool IsWrite(string? text) => text is not null && WriteStatement().IsMatch(text);

        public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
        {
            EnterForCommandAsync(command, false, default).AsTask().GetAwaiter().GetResult();
            return result;
        }

        public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            await EnterForCommandAsync(command, true, cancellationToken);
            return result;
        }

        public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
        {
            ReleaseForCommand(command);
            return result;
        }

        public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
        {
            ReleaseForCommand(command);
            return ValueTask.FromResult(result);
        }

        public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
        {
            EnterForCommandAsync(command, false, default).AsTask().GetAwaiter().GetResult();
            return result;
        }

        public override async ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            await EnterForCommandAsync(command, true, cancellationToken);
            return result;
        }

        public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
        {
            ReleaseForCommand(command);
            return result;
        }

        public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
        {
            ReleaseForCommand(command);
            return ValueTask.FromResult(result);
        }

        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
        {
            EnterForCommandAsync(command, false, default).AsTask().GetAwaiter().GetResult();
            return result;
        }

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            await EnterForCommandAsync(command, true, cancellationToken);
            return result;
        }

        // INSERT … RETURNING runs while its reader is read: the gate is handed on when the reader closes.
        public override InterceptionResult DataReaderClosing(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result)
        {
            ReleaseForCommand(command);
            return result;
        }

        public override ValueTask<InterceptionResult> DataReaderClosingAsync(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result)
        {
            ReleaseForCommand(command);
            return ValueTask.FromResult(result);
        }

        public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
        {
            ReleaseForCommand(command);
            return result;
        }

        public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) => ReleaseForCommand(command);

        public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
        {
            ReleaseForCommand(command);
            return Task.CompletedTask;
        }

        public override void CommandCanceled(DbCommand command, CommandEndEventData eventData) => ReleaseForCommand(command);

        public override Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData, CancellationToken cancellationToken = default)
        {
            ReleaseForCommand(command);
            return Task.CompletedTask;
        }
    }

    /// <summary>A transaction disposed without commit or rollback (an exception in the use case) ends when its connection closes.</summary>
    private sealed class ReleaseOnClose : DbConnectionInterceptor
    {
        public override InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
        {
            Release(connection);
            return result;
        }

        public override ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
        {
            Release(connection);
            return ValueTask.FromResult(result);
        }

        public override InterceptionResult ConnectionDisposing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
        {
            Release(connection);
            return result;
        }

        public override ValueTask<InterceptionResult> ConnectionDisposingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
        {
            Release(connection);
            return ValueTask.FromResult(result);
        }
    }
}
