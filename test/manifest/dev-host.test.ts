import { execFileSync } from "child_process";
import { join } from "path";
import { devServerHost, isLoopback, LOOPBACK_HOST } from "../../scripts/lib/dev-host";

const ROOT = join(__dirname, "..", "..");

// The dev server behind the manifest's https://localhost:3000 (scripts/start.mjs, webpack.config.js' devServer).
describe("the address the dev server listens on", () => {
  it("is loopback unless asked otherwise", () => {
    expect(devServerHost({})).toBe("localhost");
    expect(devServerHost({ VOC_DEV_HOST: "" })).toBe(LOOPBACK_HOST);
    expect(devServerHost({ VOC_DEV_HOST: "  " }, ["--stop"])).toBe(LOOPBACK_HOST);
    expect(isLoopback(devServerHost({}))).toBe(true);
  });

  it("follows VOC_DEV_HOST, and a --host argument before it", () => {
    expect(devServerHost({ VOC_DEV_HOST: "0.0.0.0" })).toBe("0.0.0.0");
    expect(devServerHost({ VOC_DEV_HOST: " 192.168.1.20 " })).toBe("192.168.1.20");
    expect(devServerHost({}, ["--host", "0.0.0.0"])).toBe("0.0.0.0");
    expect(devServerHost({ VOC_DEV_HOST: "0.0.0.0" }, ["--host=127.0.0.1"])).toBe("127.0.0.1");
    expect(devServerHost({}, ["--host", "[::1]"])).toBe("::1");
    expect(devServerHost({ VOC_DEV_HOST: "::" })).toBe("::");
  });

  it("refuses what is not a host alone", () => {
    expect(() => devServerHost({}, ["--host"])).toThrow(/--host needs an address/);
    expect(() => devServerHost({ VOC_DEV_HOST: "localhost:3000" })).toThrow(/name or an address alone/);
    expect(() => devServerHost({ VOC_DEV_HOST: "https://0.0.0.0" })).toThrow(/name or an address alone/);
    expect(() => devServerHost({ VOC_DEV_HOST: "0.0.0.0 3000" })).toThrow(/name or an address alone/);
  });

  it("tells loopback from addresses the network reaches", () => {
    expect(["localhost", "127.0.0.1", "127.1.2.3", "::1"].map(isLoopback)).toEqual([true, true, true, true]);
    expect(["0.0.0.0", "::", "192.168.1.20", "my-laptop.local"].map(isLoopback)).toEqual([false, false, false, false]);
  });

  it("is what webpack's dev server is configured with", () => {
    // In Node itself: the config loads ES-module-only packages that jest's CommonJS runtime cannot.
    const devServer = (env: { [name: string]: string | undefined }) => {
      const script = `const c = require("./webpack.config.js")({}, { mode: "development" }).devServer;
        console.log(JSON.stringify({ host: c.host, port: c.port }));`;
      const output = execFileSync(process.execPath, ["-e", script], { cwd: ROOT, env, encoding: "utf8" });
      return JSON.parse(output.trim().split("\n").pop() ?? "{}") as { host: string; port: number };
    };
    const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== "VOC_DEV_HOST"));
    expect(devServer(inherited)).toEqual({ host: "localhost", port: 3000 });
    expect(devServer({ ...inherited, VOC_DEV_HOST: "0.0.0.0" }).host).toBe("0.0.0.0");
  });
});
