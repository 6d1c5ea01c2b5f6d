"""Rectification cases (整改任务): every lost point dispatched, fixed, re-inspected and
closed (整改 → 交办 → 复查 → 销号)."""
