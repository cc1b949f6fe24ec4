/**
 * The one piece of Excel's custom-functions runtime the functions use: its Error class.
 * Installed as a global, as Excel provides it, for tests that call the functions directly.
 */
class CustomFunctionError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}

(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = { Error: CustomFunctionError };

export function excelErrorOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof CustomFunctionError) return error.code;
    throw error;
  }
  return "no error";
}
