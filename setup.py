"""Build hook: the wheel carries the parsed copies of the TOML data files.

Everything else about the build is in ``pyproject.toml``. After the package's files are copied
into the build folder, each ``translit/data/**/*.toml`` is parsed once and kept beside it as
``__pycache__/<name>.<python tag>.marshal`` (``translit._datafiles.write_copies``, loaded from
its file: the package itself is not importable during a build). An installed translit then
never parses TOML at start-up, and its file list names the copies, so uninstalling removes
them. An editable install is left to write its own copies on first use.
"""

import importlib.util
import os

from setuptools import setup
from setuptools.command.build_py import build_py


class BuildPyWithParsedData(build_py):
    """``build_py``, then the data files' parsed copies in the build folder."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        here = os.path.dirname(os.path.abspath(__file__))
        spec = importlib.util.spec_from_file_location(
            "_translit_datafiles", os.path.join(here, "translit", "_datafiles.py")
        )
        assert spec is not None and spec.loader is not None
        datafiles = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(datafiles)
        datafiles.write_copies(os.path.join(self.build_lib, "translit", "data"))


setup(cmdclass={"build_py": BuildPyWithParsedData})
