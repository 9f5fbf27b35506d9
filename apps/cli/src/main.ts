console.error('samenwijs: commands arrive with the Xerte library (issue #3)');
process.exit(2);
