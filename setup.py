"""Build the compiled rule engine (qualcode.coding._engine, Cython); everything else is in pyproject.toml.

The extension is optional at build time: without a C compiler the package installs and codes with the pure-Python
engine, which gives the same codings (slower); ``qualcode.coding.compiled_engine_available()`` says whether it was
built.
"""

from setuptools import Extension, setup

try:
    from Cython.Build import cythonize
except ImportError:  # pragma: no cover - Cython is in build-system.requires
    cythonize = None

ext = Extension("qualcode.coding._engine", ["src/qualcode/coding/_engine.pyx"], optional=True,
                extra_compile_args=["-O2"])
# (the generated C file goes to build/, not beside the sources, so that it never ends up in a wheel)
setup(ext_modules=cythonize([ext], compiler_directives={"language_level": "3"}, build_dir="build/cython", quiet=True)
      if cythonize else [])
