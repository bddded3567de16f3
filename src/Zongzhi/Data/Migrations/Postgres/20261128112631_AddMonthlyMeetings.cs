using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Zongzhi.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddMonthlyMeetings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MonthlyMeetings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Month = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Attendees = table.Column<string[]>(type: "text[]", nullable: false),
                    Minutes = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    RecordedByUserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RevisedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MonthlyMeetings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MonthlyMeetingTasks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MonthlyMeetingId = table.Column<long>(type: "bigint", nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    OwnerDepartmentId = table.Column<long>(type: "bigint", nullable: true),
                    OwnerUserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    SupervisedBy = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CompletedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CompletedByUserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    CompletionNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MonthlyMeetingTasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MonthlyMeetingTasks_MonthlyMeetings_MonthlyMeetingId",
                        column: x => x.MonthlyMeetingId,
                        principalTable: "MonthlyMeetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MonthlyMeetings_Month",
                table: "MonthlyMeetings",
                column: "Month",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MonthlyMeetingTasks_CompletedAt_DueOn",
                table: "MonthlyMeetingTasks",
                columns: new[] { "CompletedAt", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_MonthlyMeetingTasks_MonthlyMeetingId",
                table: "MonthlyMeetingTasks",
                column: "MonthlyMeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_MonthlyMeetingTasks_OwnerDepartmentId",
                table: "MonthlyMeetingTasks",
                column: "OwnerDepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_MonthlyMeetingTasks_OwnerUserId",
                table: "MonthlyMeetingTasks",
                column: "OwnerUserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MonthlyMeetingTasks");

            migrationBuilder.DropTable(
                name: "MonthlyMeetings");
        }
    }
}
