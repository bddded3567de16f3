using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zongzhi.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddPeriodicReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PeriodicReports",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Period = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    FirstDay = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LastDay = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    VillageId = table.Column<long>(type: "INTEGER", nullable: true),
                    DepartmentId = table.Column<long>(type: "INTEGER", nullable: true),
                    ScopeName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Audience = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    FiguresJson = table.Column<string>(type: "TEXT", nullable: false),
                    FiguresAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    IssueNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    IssuedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    IssuedByUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CreatedByUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EditedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PeriodicReports", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PeriodicReports_IssueNumber",
                table: "PeriodicReports",
                column: "IssueNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PeriodicReports_Status_FirstDay",
                table: "PeriodicReports",
                columns: new[] { "Status", "FirstDay" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PeriodicReports");
        }
    }
}
