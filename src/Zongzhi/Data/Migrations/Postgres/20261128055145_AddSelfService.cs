using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Zongzhi.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddSelfService : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MatterEvaluations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MatterId = table.Column<long>(type: "bigint", nullable: false),
                    Rating = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Comment = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    RatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RatedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MatterEvaluations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MatterEvaluations_Matters_MatterId",
                        column: x => x.MatterId,
                        principalTable: "Matters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MatterQueryCodes",
                columns: table => new
                {
                    MatterId = table.Column<long>(type: "bigint", nullable: false),
                    Salt = table.Column<byte[]>(type: "bytea", maxLength: 16, nullable: false),
                    Hash = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false),
                    Generation = table.Column<int>(type: "integer", nullable: false),
                    IssuedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    IssuedByUserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MatterQueryCodes", x => x.MatterId);
                    table.ForeignKey(
                        name: "FK_MatterQueryCodes_Matters_MatterId",
                        column: x => x.MatterId,
                        principalTable: "Matters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SatisfactionReviews",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MatterId = table.Column<long>(type: "bigint", nullable: false),
                    SupervisingBody = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    OpenedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Outcome = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ConcludedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ConcludedByUserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SatisfactionReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SatisfactionReviews_Matters_MatterId",
                        column: x => x.MatterId,
                        principalTable: "Matters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SelfServiceAttempts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Outcome = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ClientKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    NumberKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    MatterId = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SelfServiceAttempts", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MatterEvaluations_MatterId",
                table: "MatterEvaluations",
                column: "MatterId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MatterEvaluations_RatedOn",
                table: "MatterEvaluations",
                column: "RatedOn");

            migrationBuilder.CreateIndex(
                name: "IX_SatisfactionReviews_MatterId",
                table: "SatisfactionReviews",
                column: "MatterId");

            migrationBuilder.CreateIndex(
                name: "IX_SatisfactionReviews_SupervisingBody_ConcludedAt",
                table: "SatisfactionReviews",
                columns: new[] { "SupervisingBody", "ConcludedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SelfServiceAttempts_At",
                table: "SelfServiceAttempts",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_SelfServiceAttempts_ClientKey_At",
                table: "SelfServiceAttempts",
                columns: new[] { "ClientKey", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_SelfServiceAttempts_NumberKey_At",
                table: "SelfServiceAttempts",
                columns: new[] { "NumberKey", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MatterEvaluations");

            migrationBuilder.DropTable(
                name: "MatterQueryCodes");

            migrationBuilder.DropTable(
                name: "SatisfactionReviews");

            migrationBuilder.DropTable(
                name: "SelfServiceAttempts");
        }
    }
}
