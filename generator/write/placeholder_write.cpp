// placeholder until the write phase lands
