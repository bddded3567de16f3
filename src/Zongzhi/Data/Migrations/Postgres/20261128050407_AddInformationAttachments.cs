using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zongzhi.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddInformationAttachments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<long>(
                name: "MatterId",
                table: "Attachments",
                type: "bigint",
                nullable: true,
                oldClrType: typeof(long),
                oldType: "bigint");

            migrationBuilder.AddColumn<long>(
                name: "InformationItemId",
                table: "Attachments",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Attachments_InformationItemId",
                table: "Attachments",
                column: "InformationItemId");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Attachments_Owner",
                table: "Attachments",
                sql: "(\"MatterId\" IS NULL) <> (\"InformationItemId\" IS NULL)");

            migrationBuilder.AddForeignKey(
                name: "FK_Attachments_InformationItems_InformationItemId",
                table: "Attachments",
                column: "InformationItemId",
                principalTable: "InformationItems",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Attachments_InformationItems_InformationItemId",
                table: "Attachments");

            migrationBuilder.DropIndex(
                name: "IX_Attachments_InformationItemId",
                table: "Attachments");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Attachments_Owner",
                table: "Attachments");

            migrationBuilder.DropColumn(
                name: "InformationItemId",
                table: "Attachments");

            migrationBuilder.AlterColumn<long>(
                name: "MatterId",
                table: "Attachments",
                type: "bigint",
                nullable: false,
                defaultValue: 0L,
                oldClrType: typeof(long),
                oldType: "bigint",
                oldNullable: true);
        }
    }
}
