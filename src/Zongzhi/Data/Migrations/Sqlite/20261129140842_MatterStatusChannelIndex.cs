using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zongzhi.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MatterStatusChannelIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Matters_Status_Channel_Id",
                table: "Matters",
                columns: new[] { "Status", "Channel", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Matters_Status_Channel_Id",
                table: "Matters");
        }
    }
}
