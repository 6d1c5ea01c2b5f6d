"""Sync: signed packages between devices, an order-independent merge, backups."""
