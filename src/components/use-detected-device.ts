import { useEffect, useState } from "react";
import { detectDevice } from "@/lib/detect-device";
import type { Device } from "@/wizard/machine";

/** The device the browser suggests; undefined while prerendering so the HTML stays the same for everyone. */
export function useDetectedDevice(): Device | undefined {
  const [device, setDevice] = useState<Device>();
  useEffect(() => setDevice(detectDevice(navigator.userAgent, navigator.maxTouchPoints)), []);
  return device;
}
