"""Engines that run newsdesk's stages beyond one machine.

Each engine runs the same article stages as the local runner
(`newsdesk.runner.analyze`) and ends with the same store. `ray_engine` needs
the optional extra `newsdesk[ray]` and imports Ray only when it runs.
"""
