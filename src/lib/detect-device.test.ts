import { expect, it } from "vitest";
import { detectDevice } from "./detect-device";

const ua = {
  iphone: "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
  ipad: "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
  android: "Mozilla/5.0 (Linux; Android 15; Pixel 9) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
  windows: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
};

it("suggests iPhone on an iPhone and on an iPad that reports itself as a Mac", () => {
  expect(detectDevice(ua.iphone, 5)).toBe("iphone");
  expect(detectDevice(ua.ipad, 5)).toBe("iphone");
});
it("suggests Android on an Android phone", () => {
  expect(detectDevice(ua.android, 5)).toBe("android");
});
it("suggests nothing on a desktop, including a Mac without a touch screen", () => {
  expect(detectDevice(ua.windows, 0)).toBeUndefined();
  expect(detectDevice(ua.ipad, 0)).toBeUndefined();
});
