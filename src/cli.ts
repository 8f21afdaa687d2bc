import { main } from "./cli/main.js";

process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  // A closed pipe (`| head -1`) is the reader saying it has enough.
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});
process.exitCode = await main(process.argv.slice(2));
