"""The pure core: no I/O, no third-party imports.

Plain functions over frozen dataclasses.  Time is passed in as a value.
The core returns decisions (actions); adapters and the service perform them.
"""
