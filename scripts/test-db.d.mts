export function adminUrl(): string;
export function assertLocal(url: string): void;
export function createTestDatabase(database: string): Promise<string>;
export function dropTestDatabase(database: string): Promise<void>;
