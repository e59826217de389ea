"""Clean stage: raw documents become articles, every change explained.

Public entry point: :func:`newsprism.clean.run.clean_documents`.
"""
